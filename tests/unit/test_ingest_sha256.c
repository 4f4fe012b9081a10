/* test_ingest_sha256.c - SHA-256 against the FIPS 180-2 vectors; the article key. */
#include "ingest_check.h"

#include "crossread/sha256.h"

TEST(sha256_vectors)
{
    char hex[65];
    cr_sha256_hex("", 0, hex);
    CHECK_STR(hex, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    cr_sha256_hex("abc", 3, hex);
    CHECK_STR(hex, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    const char *two = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
    cr_sha256_hex(two, strlen(two), hex);
    CHECK_STR(hex, "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    /* a million 'a', fed in uneven pieces */
    char buf[1024]; /* steps reach 1009 bytes */
    memset(buf, 'a', sizeof buf);
    cr_sha256_ctx c;
    cr_sha256_init(&c);
    size_t left = 1000000, step = 1;
    while (left) {
        size_t k = step < left ? step : left;
        cr_sha256_update(&c, buf, k);
        left -= k;
        step = step % 987 + 13; /* 13..999: within buf */
    }
    unsigned char d[32];
    cr_sha256_final(&c, d);
    CHECK(d[0] == 0xcd && d[1] == 0xc7 && d[2] == 0x6e && d[31] == 0xd0);
    /* 55 and 56 bytes: the padding boundary */
    cr_sha256_hex(buf, 55, hex);
    CHECK_STR(hex, "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318");
    cr_sha256_hex(buf, 56, hex);
    CHECK_STR(hex, "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a");
}

TEST(ingest_article_key_is_stable)
{
    cr_doc a, b, c;
    const char *x = "A Title\n\nFirst line\nwrapped here.\n\nSecond paragraph.\n";
    const char *y = "A TITLE\r\n\r\nFirst  line wrapped\r\nhere.\r\n\r\n\r\nSecond paragraph.";
    const char *z = "A Title\n\nFirst line wrapped here.\n\nSecond paragraph changed.\n";
    cr_ingest_buffer(x, strlen(x), "x", &a);
    cr_ingest_buffer(y, strlen(y), "y", &b);
    cr_ingest_buffer(z, strlen(z), "z", &c);
    CHECK(a.n == 1 && b.n == 1 && c.n == 1);
    if (a.n == 1 && b.n == 1 && c.n == 1) {
        char *ka = cr_article_key(&a.items[0]), *kb = cr_article_key(&b.items[0]),
             *kc = cr_article_key(&c.items[0]);
        CHECK_INT(strlen(ka), 64);
        CHECK_STR(ka, kb);
        CHECK(strcmp(ka, kc) != 0);
        char *norm = cr_article_norm(&a.items[0]);
        CHECK_STR(norm, "a title first line wrapped here. second paragraph.");
        free(norm);
        free(ka);
        free(kb);
        free(kc);
    }
    cr_doc_free(&a);
    cr_doc_free(&b);
    cr_doc_free(&c);
}
