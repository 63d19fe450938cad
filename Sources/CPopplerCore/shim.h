#ifndef CPOPPLER_CORE_SHIM_H
#define CPOPPLER_CORE_SHIM_H
// poppler's core library, for the C++ wrapper `CPopplerDrawing` only: its headers are C++,
// so nothing is declared here for Swift; the module carries the include path and the link.
#endif
