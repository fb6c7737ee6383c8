/*
 * lib/inflate.c - gzip (RFC 1952) and deflate (RFC 1951) decoding.
 * #included by arch/i386/boot/compressed/misc.c as in Linux 2.4, and by a
 * host test. Input and output are whole buffers, so back-references read
 * the output itself and no sliding window is kept. Linux 2.4's version
 * (from gzip) decodes with lookup tables; this one walks the canonical
 * Huffman code one bit at a time, slower but short enough to read.
 */

#define INFLATE_MAXBITS		15	/* longest code */
#define INFLATE_MAXLCODES	286	/* literal/length codes */
#define INFLATE_MAXDCODES	30	/* distance codes */
#define INFLATE_FIXLCODES	288

enum inflate_error {
	INFLATE_OK,
	INFLATE_ETRUNC,		/* input ended inside the stream */
	INFLATE_EROOM,		/* output larger than the buffer */
	INFLATE_EDATA,		/* not valid deflate data */
	INFLATE_EMAGIC,		/* not a gzip file */
	INFLATE_ECRC,		/* CRC32 of the output does not match */
	INFLATE_ESIZE,		/* output length does not match */
};

static const char *const inflate_messages[] = {
	"ok", "compressed data truncated", "output buffer too small",
	"invalid compressed data", "not gzip format", "CRC error",
	"length error",
};

struct inflate_state {
	const unsigned char *in;
	unsigned long inlen, incnt;
	unsigned char *out;
	unsigned long outlen, outcnt;
	unsigned int bitbuf;	/* bits not yet used, LSB first */
	int bitcnt;
	int error;		/* sticky: the first error seen */
};

/* A canonical Huffman code: how many codes of each length, and the
 * symbols in code order. */
struct huffman {
	short count[INFLATE_MAXBITS + 1];
	short symbol[INFLATE_FIXLCODES];
};

/*
 * bits - take the next @need bits of input, least significant first.
 * On running out of input records INFLATE_ETRUNC and returns 0; callers
 * check s->error where a loop would otherwise go on.
 */
static int bits(struct inflate_state *s, int need)
{
	unsigned int val = s->bitbuf;

	while (s->bitcnt < need) {
		if (s->incnt == s->inlen) {
			s->error = INFLATE_ETRUNC;
			return 0;
		}
		val |= (unsigned int)s->in[s->incnt++] << s->bitcnt;
		s->bitcnt += 8;
	}
	s->bitbuf = val >> need;
	s->bitcnt -= need;
	return val & ((1U << need) - 1);
}

/*
 * decode - read one symbol. Canonical codes of one length are consecutive
 * integers, so walking lengths 1..15 and comparing against the first code
 * of each length finds the symbol. Returns it, or -1 for an unused code.
 */
static int decode(struct inflate_state *s, const struct huffman *h)
{
	int code = 0, first = 0, index = 0, len, count;

	for (len = 1; len <= INFLATE_MAXBITS; len++) {
		code |= bits(s, 1);
		count = h->count[len];
		if (code < first + count)
			return h->symbol[index + code - first];
		index += count;
		first = (first + count) << 1;
		code <<= 1;
	}
	return -1;
}

/*
 * construct - build @h from the code length of each of @n symbols.
 * Returns 0 for a complete code, >0 for an incomplete one (allowed for a
 * single distance code), <0 if too many codes share the lengths.
 */
static int construct(struct huffman *h, const short *length, int n)
{
	short offs[INFLATE_MAXBITS + 1];
	int sym, len, left = 1;

	for (len = 0; len <= INFLATE_MAXBITS; len++)
		h->count[len] = 0;
	for (sym = 0; sym < n; sym++)
		h->count[length[sym]]++;
	if (h->count[0] == n)
		return 0;	/* no codes: fine until one is used */

	for (len = 1; len <= INFLATE_MAXBITS; len++) {
		left = (left << 1) - h->count[len];
		if (left < 0)
			return left;
	}
	offs[1] = 0;
	for (len = 1; len < INFLATE_MAXBITS; len++)
		offs[len + 1] = offs[len] + h->count[len];
	for (sym = 0; sym < n; sym++)
		if (length[sym])
			h->symbol[offs[length[sym]]++] = sym;
	return left;
}

/* stored - a block copied as is: LEN, its complement, LEN bytes. */
static int stored(struct inflate_state *s)
{
	unsigned int len;

	s->bitbuf = 0;		/* skip to the byte boundary */
	s->bitcnt = 0;
	if (s->incnt + 4 > s->inlen)
		return INFLATE_ETRUNC;
	len = s->in[s->incnt] | (s->in[s->incnt + 1] << 8);
	if (s->in[s->incnt + 2] != (~len & 0xff) ||
	    s->in[s->incnt + 3] != ((~len >> 8) & 0xff))
		return INFLATE_EDATA;
	s->incnt += 4;
	if (s->incnt + len > s->inlen)
		return INFLATE_ETRUNC;
	if (s->outcnt + len > s->outlen)
		return INFLATE_EROOM;
	while (len--)
		s->out[s->outcnt++] = s->in[s->incnt++];
	return INFLATE_OK;
}

/* Lengths 257..285 and distances 0..29: base value and extra bits
 * (the tables of RFC 1951 section 3.2.5). */
static const short len_base[29] = {
	3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31,
	35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258 };
static const short len_extra[29] = {
	0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2,
	3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0 };
static const unsigned short dist_base[30] = {
	1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193,
	257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145,
	8193, 12289, 16385, 24577 };
static const short dist_extra[30] = {
	0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6,
	7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13 };

/* copy_match - append @len bytes found @dist bytes back in the output. */
static int copy_match(struct inflate_state *s, int len, unsigned int dist)
{
	if (dist > s->outcnt)
		return INFLATE_EDATA;
	if (s->outcnt + len > s->outlen)
		return INFLATE_EROOM;
	/* Byte by byte: a match may overlap the bytes it produces. */
	while (len--) {
		s->out[s->outcnt] = s->out[s->outcnt - dist];
		s->outcnt++;
	}
	return INFLATE_OK;
}

/* codes - decode one Huffman-coded block until its end-of-block symbol. */
static int codes(struct inflate_state *s, const struct huffman *lencode,
		 const struct huffman *distcode)
{
	int sym, len, err;
	unsigned int dist;

	for (;;) {
		sym = decode(s, lencode);
		if (s->error)
			return s->error;
		if (sym < 0 || sym > 285)
			return INFLATE_EDATA;
		if (sym == 256)
			return INFLATE_OK;
		if (sym < 256) {
			if (s->outcnt == s->outlen)
				return INFLATE_EROOM;
			s->out[s->outcnt++] = sym;
			continue;
		}
		sym -= 257;
		len = len_base[sym] + bits(s, len_extra[sym]);
		sym = decode(s, distcode);
		if (sym < 0 || sym >= 30)
			return INFLATE_EDATA;
		dist = dist_base[sym] + bits(s, dist_extra[sym]);
		err = copy_match(s, len, dist);
		if (err)
			return err;
	}
}

/* fixed - a block with the code RFC 1951 defines once for all. */
static int fixed(struct inflate_state *s)
{
	static struct huffman lencode, distcode;
	static int built;
	short lengths[INFLATE_FIXLCODES];
	int sym;

	if (!built) {
		for (sym = 0; sym < 144; sym++)
			lengths[sym] = 8;
		for (; sym < 256; sym++)
			lengths[sym] = 9;
		for (; sym < 280; sym++)
			lengths[sym] = 7;
		for (; sym < INFLATE_FIXLCODES; sym++)
			lengths[sym] = 8;
		construct(&lencode, lengths, INFLATE_FIXLCODES);
		for (sym = 0; sym < INFLATE_MAXDCODES; sym++)
			lengths[sym] = 5;
		construct(&distcode, lengths, INFLATE_MAXDCODES);
		built = 1;
	}
	return codes(s, &lencode, &distcode);
}

/*
 * read_lengths - the literal/length and distance code lengths of a dynamic
 * block, themselves Huffman-coded with repeat symbols 16, 17 and 18.
 * Returns 0 or an INFLATE_E* code.
 */
static int read_lengths(struct inflate_state *s, short *lengths, int total)
{
	static const short order[19] = {
		16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15 };
	static struct huffman lencode;
	int ncode = bits(s, 4) + 4;
	int index, sym, rep, val;

	for (index = 0; index < ncode; index++)
		lengths[order[index]] = bits(s, 3);
	for (; index < 19; index++)
		lengths[order[index]] = 0;
	if (s->error || construct(&lencode, lengths, 19) != 0)
		return s->error ? s->error : INFLATE_EDATA;

	for (index = 0; index < total; ) {
		sym = decode(s, &lencode);
		if (s->error || sym < 0)
			return s->error ? s->error : INFLATE_EDATA;
		if (sym < 16) {
			lengths[index++] = sym;
			continue;
		}
		val = 0;
		if (sym == 16) {		/* repeat the last length */
			if (index == 0)
				return INFLATE_EDATA;
			val = lengths[index - 1];
			rep = 3 + bits(s, 2);
		} else if (sym == 17) {		/* a short run of zeros */
			rep = 3 + bits(s, 3);
		} else {			/* a long run of zeros */
			rep = 11 + bits(s, 7);
		}
		if (index + rep > total)
			return INFLATE_EDATA;
		while (rep--)
			lengths[index++] = val;
	}
	return s->error;
}

/* dynamic - a block that carries its own codes before its data. */
static int dynamic(struct inflate_state *s)
{
	static struct huffman lencode, distcode;
	short lengths[INFLATE_MAXLCODES + INFLATE_MAXDCODES];
	int nlen, ndist, err;

	nlen = bits(s, 5) + 257;
	ndist = bits(s, 5) + 1;
	if (nlen > INFLATE_MAXLCODES || ndist > INFLATE_MAXDCODES)
		return INFLATE_EDATA;
	err = read_lengths(s, lengths, nlen + ndist);
	if (err)
		return err;
	if (lengths[256] == 0)
		return INFLATE_EDATA;	/* a block must be able to end */

	/* An incomplete literal/length code is an error; an incomplete
	 * distance code is allowed only when it has a single code. */
	err = construct(&lencode, lengths, nlen);
	if (err < 0 || (err > 0 && nlen - lencode.count[0] != 1))
		return INFLATE_EDATA;
	err = construct(&distcode, lengths + nlen, ndist);
	if (err < 0 || (err > 0 && ndist - distcode.count[0] != 1))
		return INFLATE_EDATA;
	return codes(s, &lencode, &distcode);
}

/* inflate - decode deflate blocks until the one marked last. */
static int inflate(struct inflate_state *s)
{
	int last, type, err;

	do {
		last = bits(s, 1);
		type = bits(s, 2);
		if (s->error)
			return s->error;
		if (type == 0)
			err = stored(s);
		else if (type == 1)
			err = fixed(s);
		else if (type == 2)
			err = dynamic(s);
		else
			err = INFLATE_EDATA;
		if (err)
			return err;
	} while (!last);
	return INFLATE_OK;
}

/* crc32 - the gzip CRC (reflected polynomial 0xedb88320) of @len bytes. */
static unsigned int crc32(const unsigned char *p, unsigned long len)
{
	static unsigned int table[256];
	unsigned int crc, c;
	int n, k;

	if (!table[1]) {
		for (n = 0; n < 256; n++) {
			for (c = n, k = 0; k < 8; k++)
				c = (c & 1) ? 0xedb88320U ^ (c >> 1) : c >> 1;
			table[n] = c;
		}
	}
	crc = 0xffffffffU;
	while (len--)
		crc = table[(crc ^ *p++) & 0xff] ^ (crc >> 8);
	return crc ^ 0xffffffffU;
}

static unsigned int get_le32(const unsigned char *p)
{
	return p[0] | (p[1] << 8) | (p[2] << 16) | ((unsigned int)p[3] << 24);
}

/* skip_gzip_header - step over the RFC 1952 header; 0 or INFLATE_E*. */
static int skip_gzip_header(struct inflate_state *s)
{
	const unsigned char *in = s->in;
	unsigned long pos = 10;
	int flags;

	if (s->inlen < 18)
		return INFLATE_ETRUNC;
	if (in[0] != 0x1f || in[1] != 0x8b || in[2] != 8)
		return INFLATE_EMAGIC;	/* magic, then method 8: deflate */
	flags = in[3];
	if (flags & 0xe0)
		return INFLATE_EMAGIC;	/* reserved flag bits */
	if (flags & 4)			/* FEXTRA: length, then data */
		pos += 2 + (in[pos] | (in[pos + 1] << 8));
	if (flags & 8)			/* FNAME: zero-terminated */
		while (pos < s->inlen && in[pos++])
			;
	if (flags & 16)			/* FCOMMENT: zero-terminated */
		while (pos < s->inlen && in[pos++])
			;
	if (flags & 2)			/* FHCRC */
		pos += 2;
	if (pos + 8 > s->inlen)
		return INFLATE_ETRUNC;
	s->incnt = pos;
	return INFLATE_OK;
}

/*
 * gunzip - decompress the gzip file @in (@inlen bytes) into @out, at most
 * @outmax bytes, then check the trailer's CRC32 and length.
 * Returns INFLATE_OK and the length in *@outlen, or an INFLATE_E* code.
 */
static int gunzip(const unsigned char *in, unsigned long inlen,
		  unsigned char *out, unsigned long outmax,
		  unsigned long *outlen)
{
	struct inflate_state s = {
		.in = in, .inlen = inlen, .out = out, .outlen = outmax,
	};
	int err;

	err = skip_gzip_header(&s);
	if (!err)
		err = inflate(&s);
	if (err)
		return err;
	if (s.incnt + 8 > inlen)
		return INFLATE_ETRUNC;
	*outlen = s.outcnt;
	if (get_le32(in + s.incnt) != crc32(out, s.outcnt))
		return INFLATE_ECRC;
	if (get_le32(in + s.incnt + 4) != (unsigned int)s.outcnt)
		return INFLATE_ESIZE;
	return INFLATE_OK;
}
