/*
 * fuzz_http.c - raw HTTP requests into the whole server (inproc.h): MHD's
 * request line, header, query and cookie parsing, url-encoded and
 * multipart bodies through its post processor, chunked bodies, JSON
 * bodies, X-Forwarded-For (the client is a trusted proxy), server.c's
 * checks, the router, the input stage and the handlers.
 * "$S", "$T", "$L" and the other placeholders of inproc.h stand for a
 * session, a token, the body's length, so the fuzzer gets past the login.
 * Nothing may crash, leak or answer 500, and every connection must end.
 */
#include "inproc.h"

#include <stdint.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size > 65536)
		return 0;
	inproc_request(data, size);
	return 0;
}
