// PRECIS_EXPORT marks the public API of libprecis: the classes and functions
// declared in include/precis/ that a program linking precis::precis may call.
// Everything else in the library is internal.
#pragma once

#if defined(_WIN32)
#define PRECIS_EXPORT
#else
#define PRECIS_EXPORT __attribute__((visibility("default")))
#endif
