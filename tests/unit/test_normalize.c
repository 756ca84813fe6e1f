/* Name keys, UTF-8 repair and reading a file into a buffer.
 * SPDX-License-Identifier: GPL-2.0-or-later */
#include "check.h"
#include "core/buf.h"
#include "text/normalize.h"
#include "text/utf8.h"

#include <stdio.h>
#include <string.h>
#include <unistd.h>

static const char *key(const char *s)
{
    static eg_buf b;
    eg_buf_clear(&b);
    if (!eg_name_key(s, strlen(s), &b))
        return NULL;
    return b.data ? b.data : "";
}

static const char *clean(const char *s)
{
    static eg_buf b;
    eg_buf_clear(&b);
    if (!eg_surface_clean(s, strlen(s), &b))
        return NULL;
    return b.data ? b.data : "";
}

int main(void)
{
    /* spelling variants share a key */
    CHECK_STR(key("Park Min-jae"), "parkminjae");
    CHECK_STR(key("PARK MIN JAE"), "parkminjae");
    CHECK_STR(key("Park Min Jae"), "parkminjae");
    CHECK_STR(key("São Tomé"), "saotome");
    CHECK_STR(key("O’Neill"), "oneill");
    CHECK_STR(key("U.S."), "us");
    /* letters without a decomposition fold as ASCII writers spell them */
    CHECK_STR(key("Adıyaman"), "adiyaman");
    CHECK_STR(key("KILIÇDAROĞLU"), "kilicdaroglu");
    /* marks of glottal stops drop out, as apostrophes do */
    CHECK_STR(key("Kāʻanapali"), "kaanapali");
    CHECK_STR(key("Shiʿa"), "shia");
    CHECK_STR(key("Łódź"), "lodz");
    CHECK_STR(key("Søren Kierkegaard"), "sorenkierkegaard");
    CHECK_STR(key("Đoković"), "dokovic");
    CHECK_STR(key("İmamoğlu"), "imamoglu");
    CHECK_STR(key("Cæsar Œuvre"), "caesaroeuvre");
    /* different names do not */
    char un[64];
    snprintf(un, sizeof un, "%s", key("Kim Jong Un"));
    CHECK(strcmp(un, key("Kim Jong Il")) != 0);
    CHECK_STR(clean("  New\n  York\u00a0City "), "New York City");

    /* one edit apart: substitution, insertion, deletion; not two */
    size_t at = 99;
    CHECK(eg_keys_one_edit("choesonhui", 10, "choesunhui", 10, &at) && at == 5);
    CHECK(eg_keys_one_edit("jochunryong", 11, "jochunyong", 10, &at) && at == 6);
    CHECK(eg_keys_one_edit("pakthaesong", 11, "parkthaesong", 12, NULL));
    CHECK(!eg_keys_one_edit("kimjongun", 9, "kimjongil", 9, NULL));
    CHECK(!eg_keys_one_edit("same", 4, "same", 4, NULL));

    /* invalid UTF-8 is replaced byte for byte */
    char bad[] = "ab\xff\xc3(z\xe2\x82";
    size_t n = eg_utf8_repair(bad, sizeof bad - 1);
    CHECK_INT(n, 4);
    CHECK_STR(bad, "ab?" "?(z?" "?");
    char nul[] = {'a', '\0', 'b'};
    CHECK_INT(eg_utf8_repair(nul, 3), 1);
    CHECK(nul[1] == '?');
    char good[] = "Zürich – 東京";
    CHECK_INT(eg_utf8_repair(good, strlen(good)), 0);
    /* eg_buf_read_fd() reads a file whole whatever its size hint says:
     * exact, unknown (0), too small (the file grew), too large; known to
     * be a regular file or not; larger and smaller than its first read */
    static char big[300000];
    for (size_t i = 0; i < sizeof big; i++)
        big[i] = (char)('a' + i % 26);
    size_t sizes[] = {sizeof big, 70000, 65535, 1000, 0};
    for (size_t z = 0; z < 5; z++) {
        size_t size = sizes[z];
        FILE *f = tmpfile();
        CHECK(f != NULL);
        CHECK(fwrite(big, 1, size, f) == size);
        CHECK(fflush(f) == 0);
        size_t hints[] = {size, 0, 10, size + 10};
        for (size_t h = 0; h < 8; h++) {
            eg_buf b;
            eg_buf_init(&b);
            eg_status st;
            CHECK(lseek(fileno(f), 0, SEEK_SET) == 0);
            CHECK(eg_buf_read_fd(&b, fileno(f), hints[h % 4], h >= 4, "tmp",
                                 &st) == EG_OK);
            CHECK(b.len == size && (size == 0 ||
                                    memcmp(b.data, big, b.len) == 0) &&
                  b.data[b.len] == '\0');
            eg_buf_finish(&b);
        }
        fclose(f);
    }
    return CHECK_DONE();
}
