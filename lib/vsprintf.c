/*
 * lib/vsprintf.c - printf-style formatting for printk and friends.
 * Conversions: d i u x X o c s p %, flags - 0 + space #, width, precision,
 * and the h, l, ll/L length modifiers. Floating point is left out, as in
 * Linux 2.4.
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/ctype.h>
#include <asm/div64.h>

#define ZEROPAD	1
#define SIGN	2
#define PLUS	4
#define SPACE	8
#define LEFT	16
#define SPECIAL	32	/* 0x or 0 prefix */
#define LARGE	64	/* upper-case hex */

/* simple_strtoul - parse an unsigned number; base 0 means "like C". */
unsigned long simple_strtoul(const char *cp, char **endp, unsigned int base)
{
	unsigned long result = 0, value;

	if (!base) {
		base = 10;
		if (*cp == '0') {
			base = 8;
			cp++;
			if (toupper(*cp) == 'X' && isxdigit(cp[1])) {
				cp++;
				base = 16;
			}
		}
	} else if (base == 16 && cp[0] == '0' && toupper(cp[1]) == 'X') {
		cp += 2;
	}
	while (isxdigit(*cp)) {
		value = isdigit(*cp) ? *cp - '0' : toupper(*cp) - 'A' + 10;
		if (value >= base)
			break;
		result = result * base + value;
		cp++;
	}
	if (endp)
		*endp = (char *)cp;
	return result;
}

long simple_strtol(const char *cp, char **endp, unsigned int base)
{
	if (*cp == '-')
		return -simple_strtoul(cp + 1, endp, base);
	return simple_strtoul(cp, endp, base);
}

/* A bounded output cursor: writes past the end are counted, not done. */
struct outbuf {
	char *pos, *end;
};

static void emit(struct outbuf *o, char c)
{
	if (o->pos < o->end)
		*o->pos = c;
	o->pos++;
}

/*
 * number - format @num in @base with the field rules of printf.
 * @size is the field width, @precision the minimum digit count.
 */
static void number(struct outbuf *o, unsigned long long num, int base,
		   int size, int precision, int type)
{
	const char *digits = (type & LARGE) ? "0123456789ABCDEF"
					    : "0123456789abcdef";
	char tmp[24], sign = 0;
	int i = 0;

	if ((type & SIGN) && (long long)num < 0) {
		sign = '-';
		num = -(long long)num;
	} else if (type & SIGN) {
		sign = (type & PLUS) ? '+' : (type & SPACE) ? ' ' : 0;
	}
	if (sign)
		size--;
	if (type & SPECIAL)
		size -= (base == 16) ? 2 : (base == 8) ? 1 : 0;
	do {
		tmp[i++] = digits[do_div(num, base)];
	} while (num);
	if (i > precision)
		precision = i;
	size -= precision;
	if (!(type & (ZEROPAD | LEFT)))
		while (size-- > 0)
			emit(o, ' ');
	if (sign)
		emit(o, sign);
	if ((type & SPECIAL) && base != 10) {
		emit(o, '0');
		if (base == 16)
			emit(o, (type & LARGE) ? 'X' : 'x');
	}
	if (!(type & LEFT))
		while (size-- > 0)
			emit(o, (type & ZEROPAD) ? '0' : ' ');
	while (i < precision--)
		emit(o, '0');
	while (i-- > 0)
		emit(o, tmp[i]);
	while (size-- > 0)
		emit(o, ' ');
}

static void string(struct outbuf *o, const char *s, int width, int prec,
		   int flags)
{
	int len, i;

	if (!s)
		s = "<NULL>";
	len = strnlen(s, prec < 0 ? 0x7fffffff : prec);
	if (!(flags & LEFT))
		while (len < width--)
			emit(o, ' ');
	for (i = 0; i < len; i++)
		emit(o, s[i]);
	while (len < width--)
		emit(o, ' ');
}

static void character(struct outbuf *o, char c, int width, int flags)
{
	while (!(flags & LEFT) && --width > 0)
		emit(o, ' ');
	emit(o, c);
	while (--width > 0)
		emit(o, ' ');
}

/* parse_flags - the flag characters after '%'; returns them as bits. */
static int parse_flags(const char **fmt)
{
	int flags = 0;

	for (;; (*fmt)++) {
		switch (**fmt) {
		case '-': flags |= LEFT; break;
		case '+': flags |= PLUS; break;
		case ' ': flags |= SPACE; break;
		case '#': flags |= SPECIAL; break;
		case '0': flags |= ZEROPAD; break;
		default: return flags;
		}
	}
}

/* parse_int - a width or precision: digits or '*' from the arguments. */
static int parse_int(const char **fmt, va_list *args)
{
	int n = 0;

	if (**fmt == '*') {
		(*fmt)++;
		return va_arg(*args, int);
	}
	while (isdigit(**fmt))
		n = n * 10 + *(*fmt)++ - '0';
	return n;
}

/* get_arg - fetch an integer argument of the given length qualifier. */
static unsigned long long get_arg(va_list *args, int qual, int flags)
{
	if (qual == 'L')
		return va_arg(*args, unsigned long long);
	if (flags & SIGN) {
		long v = va_arg(*args, long);

		return qual == 'h' ? (long long)(short)v : (long long)v;
	}
	return qual == 'h' ? (unsigned short)va_arg(*args, unsigned int)
			   : va_arg(*args, unsigned long);
}

/* One conversion: the parts between '%' and the conversion letter */
struct spec {
	int flags, width, prec, qual;
};

/* parse_spec - read flags, width, precision and length after '%'. */
static void parse_spec(const char **fmt, va_list *ap, struct spec *sp)
{
	sp->flags = parse_flags(fmt);
	sp->width = parse_int(fmt, ap);
	if (sp->width < 0) {
		sp->width = -sp->width;
		sp->flags |= LEFT;
	}
	sp->prec = -1;
	if (**fmt == '.') {
		(*fmt)++;
		sp->prec = parse_int(fmt, ap);
	}
	sp->qual = 0;
	if (**fmt == 'h' || **fmt == 'l' || **fmt == 'L') {
		sp->qual = *(*fmt)++;
		if (sp->qual == 'l' && **fmt == 'l') {
			sp->qual = 'L';
			(*fmt)++;
		}
	}
}

/* convert - emit one conversion @c with @sp; unknown ones as written. */
static void convert(struct outbuf *o, char c, struct spec *sp, va_list *ap)
{
	int base = 10;

	switch (c) {
	case 'c':
		character(o, (char)va_arg(*ap, int), sp->width, sp->flags);
		return;
	case 's':
		string(o, va_arg(*ap, char *), sp->width, sp->prec, sp->flags);
		return;
	case 'p':
		if (sp->width == 0) {
			sp->width = 8;
			sp->flags |= ZEROPAD;
		}
		number(o, (unsigned long)va_arg(*ap, void *), 16, sp->width,
		       sp->prec, sp->flags);
		return;
	case '%':
		emit(o, '%');
		return;
	case 'o':
		base = 8;
		break;
	case 'X':
		sp->flags |= LARGE;
		/* fall through */
	case 'x':
		base = 16;
		break;
	case 'd':
	case 'i':
		sp->flags |= SIGN;
		break;
	case 'u':
		break;
	default:
		emit(o, '%');
		emit(o, c);
		return;
	}
	number(o, get_arg(ap, sp->qual, sp->flags), base, sp->width, sp->prec,
	       sp->flags);
}

/*
 * vsnprintf - format into @buf, writing at most @size bytes including the
 * terminating NUL. Returns the length the full result would have had.
 */
int vsnprintf(char *buf, size_t size, const char *fmt, va_list args)
{
	struct outbuf o = { buf, buf + size };
	struct spec sp;
	va_list ap;

	va_copy(ap, args);
	for (; *fmt; fmt++) {
		if (*fmt != '%') {
			emit(&o, *fmt);
			continue;
		}
		fmt++;
		parse_spec(&fmt, &ap, &sp);
		if (!*fmt) {		/* a lone '%' at the end */
			emit(&o, '%');
			break;
		}
		convert(&o, *fmt, &sp, &ap);
	}
	va_end(ap);
	if (size)
		*(o.pos < o.end ? o.pos : o.end - 1) = '\0';
	return o.pos - buf;
}

int snprintf(char *buf, size_t size, const char *fmt, ...)
{
	va_list args;
	int n;

	va_start(args, fmt);
	n = vsnprintf(buf, size, fmt, args);
	va_end(args);
	return n;
}

/* sprintf - unbounded, as Linux 2.4 has it; prefer snprintf. */
int sprintf(char *buf, const char *fmt, ...)
{
	va_list args;
	int n;

	va_start(args, fmt);
	/* all the room up to the top of the address space: buf + size
	 * must not wrap, and kernel buffers lie above 2 GB */
	n = vsnprintf(buf, ~0UL - (unsigned long)buf, fmt, args);
	va_end(args);
	return n;
}
