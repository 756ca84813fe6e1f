/* Error-sticky, all-or-nothing output files.
 * SPDX-License-Identifier: GPL-2.0-or-later */
#include "export/writer.h"
#include "text/utf8.h"

#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

eg_error_t eg_writer_open(eg_writer *w, const char *path, eg_status *st)
{
    memset(w, 0, sizeof *w);
    w->path = path;
    if (strcmp(path, "-") == 0) {
        w->f = stdout;
        return EG_OK;
    }
    struct stat sb;
    if (stat(path, &sb) == 0 && !S_ISREG(sb.st_mode)) {
        if (S_ISDIR(sb.st_mode))
            return eg_fail(st, EG_EOUTPUT, "%s: is a directory", path);
        w->f = fopen(path, "w");
        if (!w->f)
            return eg_fail(st, EG_EOUTPUT, "%s: cannot write: %s", path,
                           strerror(errno));
        return EG_OK;
    }
    size_t n = strlen(path);
    w->tmp = malloc(n + 16);
    if (!w->tmp)
        return eg_fail_nomem(st);
    memcpy(w->tmp, path, n);
    memcpy(w->tmp + n, ".tmp-XXXXXX", 12);
    int fd = mkstemp(w->tmp);
    if (fd < 0) {
        int e = errno;
        free(w->tmp);
        w->tmp = NULL;
        return eg_fail(st, EG_EOUTPUT, "%s: cannot write: %s", path,
                       strerror(e));
    }
    /* mkstemp makes 0600; give the file the usual mode under the umask */
    mode_t mask = umask(0);
    umask(mask);
    (void)fchmod(fd, 0666 & ~mask);
    w->f = fdopen(fd, "w");
    if (!w->f) {
        int e = errno;
        close(fd);
        unlink(w->tmp);
        free(w->tmp);
        w->tmp = NULL;
        return eg_fail(st, EG_EOUTPUT, "%s: cannot write: %s", path,
                       strerror(e));
    }
    return EG_OK;
}

void eg_writer_abort(eg_writer *w)
{
    if (w->f && w->f != stdout)
        fclose(w->f);
    if (w->tmp) {
        unlink(w->tmp);
        free(w->tmp);
    }
    w->f = NULL;
    w->tmp = NULL;
}

eg_error_t eg_writer_close(eg_writer *w, eg_status *st)
{
    if (!w->f)
        return eg_fail(st, EG_EOUTPUT, "%s: not open", w->path);
    if (!w->failed && fflush(w->f) != 0) {
        w->failed = true;
        w->err = errno;
    }
    if (!w->failed && ferror(w->f)) {
        w->failed = true;
        w->err = EIO;
    }
    if (w->f != stdout) {
        if (fclose(w->f) != 0 && !w->failed) {
            w->failed = true;
            w->err = errno;
        }
    }
    w->f = NULL;
    if (!w->failed && w->tmp && rename(w->tmp, w->path) != 0) {
        w->failed = true;
        w->err = errno;
    }
    if (w->failed) {
        if (w->tmp)
            unlink(w->tmp);
        free(w->tmp);
        w->tmp = NULL;
        return eg_fail(st, EG_EOUTPUT, "%s: cannot write: %s", w->path,
                       strerror(w->err ? w->err : EIO));
    }
    free(w->tmp);
    w->tmp = NULL;
    return EG_OK;
}

void eg_wr(eg_writer *w, const char *s, size_t len)
{
    if (w->failed || len == 0)
        return;
    if (fwrite(s, 1, len, w->f) != len) {
        w->failed = true;
        w->err = errno ? errno : EIO;
    }
}

void eg_wputs(eg_writer *w, const char *s)
{
    eg_wr(w, s, strlen(s));
}

void eg_wprintf(eg_writer *w, const char *fmt, ...)
{
    if (w->failed)
        return;
    va_list ap;
    va_start(ap, fmt);
    int r = vfprintf(w->f, fmt, ap);
    va_end(ap);
    if (r < 0) {
        w->failed = true;
        w->err = errno ? errno : EIO;
    }
}

void eg_wdouble(eg_writer *w, double x)
{
    if (!isfinite(x) || fabs(x) < 1e-300)
        x = 0.0;
    char buf[64];
    snprintf(buf, sizeof buf, "%.10g", x);
    /* the C library formats with '.' in the C locale, which the program
     * never leaves; guard against a ',' all the same */
    for (char *p = buf; *p; p++)
        if (*p == ',')
            *p = '.';
    eg_wputs(w, buf);
}

void eg_wxml(eg_writer *w, const char *s, bool attr)
{
    size_t len = strlen(s), run = 0, i = 0;
    while (i < len) {
        uint32_t cp;
        size_t n = eg_utf8_decode(s + i, len - i, &cp);
        const char *esc = NULL;
        bool drop = false;
        switch (cp) {
        case '&': esc = "&amp;"; break;
        case '<': esc = "&lt;"; break;
        case '>': esc = "&gt;"; break;
        case '"': esc = attr ? "&quot;" : NULL; break;
        case '\t': esc = attr ? "&#9;" : NULL; break;
        case '\n': esc = attr ? "&#10;" : NULL; break;
        case '\r': esc = attr ? "&#13;" : NULL; break;
        default:
            drop = cp < 0x20 || cp == 0xFFFE || cp == 0xFFFF ||
                   (cp >= 0xD800 && cp <= 0xDFFF);
        }
        if (esc || drop) {
            eg_wr(w, s + run, i - run);
            if (esc)
                eg_wputs(w, esc);
            run = i + n;
        }
        i += n;
    }
    eg_wr(w, s + run, len - run);
}

const char *eg_community_color(long community)
{
    /* Tableau 20 */
    static const char *const palette[20] = {
        "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd",
        "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf",
        "#aec7e8", "#ffbb78", "#98df8a", "#ff9896", "#c5b0d5",
        "#c49c94", "#f7b6d2", "#c7c7c7", "#dbdb8d", "#9edae5",
    };
    if (community < 0 || community >= 20)
        return "#999999";
    return palette[community];
}

double eg_max_pagerank(const eg_network *net)
{
    double max = 0;
    for (size_t i = 0; i < net->n_nodes; i++)
        if (net->nodes[i].pagerank > max)
            max = net->nodes[i].pagerank;
    return max;
}

double eg_node_size(const eg_network *net, size_t node, double max)
{
    if (!(net->has & EG_HAS_PAGERANK) || max <= 0)
        return 10.0;
    double r = sqrt(net->nodes[node].pagerank / max);
    return round((10.0 + 50.0 * r) * 100.0) / 100.0;
}
