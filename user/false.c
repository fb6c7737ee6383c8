/* user/false.c - false: fail (status 1), doing nothing. */
int main(void)
{
	return 1;
}
