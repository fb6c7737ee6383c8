/*
 * lib/cmdline.c - helpers for boot option handlers: numbers with K/M/G
 * suffixes (memparse, for mem=) and comma-separated integers (get_option).
 */
#include <linux/kernel.h>

/*
 * memparse - parse "16M", "0x1000000", "512k"; *@retptr is left after the
 * number and its suffix. Returns the value in bytes.
 */
unsigned long long memparse(const char *ptr, char **retptr)
{
	unsigned long long ret = simple_strtoul(ptr, retptr, 0);

	switch (**retptr) {
	case 'G':
	case 'g':
		ret <<= 10;
		/* fall through */
	case 'M':
	case 'm':
		ret <<= 10;
		/* fall through */
	case 'K':
	case 'k':
		ret <<= 10;
		(*retptr)++;
	default:
		break;
	}
	return ret;
}

/*
 * get_option - read an integer from *@str into *@pint and step over it.
 * Returns 0 if there was none, 1 at the end of the string, 2 if a comma
 * follows.
 */
int get_option(char **str, int *pint)
{
	char *cur = *str;

	if (!cur || !*cur)
		return 0;
	*pint = simple_strtol(cur, str, 0);
	if (cur == *str)
		return 0;
	if (**str == ',') {
		(*str)++;
		return 2;
	}
	return 1;
}
