# Where installed binaries look for libprecis, and why the build tree looks the same.
#
# CMake normally links a build-tree binary with an absolute RUNPATH and, when
# the target will be installed, pads that string with ':' so that the install
# step can overwrite it in place with INSTALL_RPATH (one trailing separator
# always, more until the install path fits). Each ':' of padding is an empty
# element, and the dynamic loader reads an empty element as the current
# directory: libprecis.so carried "::::::::::::::" and the apps "<build>/lib:",
# so running them from a directory holding a libxxhash.so.0 loaded that file.
#
# So installed targets are linked once, with their final $ORIGIN-relative
# RUNPATH (BUILD_WITH_INSTALL_RPATH): no padding, no install-time rewrite, and
# the binary the tests run is byte for byte the binary that gets installed.
# The build tree mirrors the installed layout relative to each binary:
#   - libprecis needs no RUNPATH (everything it links is a system library) and
#     is built into <build>/<libdir>, as it is installed into <prefix>/<libdir>;
#   - apps use $ORIGIN/../<libdir>. Installed, bin/ and <libdir>/ are siblings.
#     In the build tree the umbrella sits in apps/, a sibling of <libdir>/, and
#     each verb in apps/<verb>/, so apps/ holds a link <libdir> -> ../<libdir>.
# Tests, benchmarks and fuzz targets are never installed: CMake gives them the
# absolute build-tree path, unpadded.
# tests/install/check_runpath.py checks all of this on every build and install.
if(IS_ABSOLUTE "${CMAKE_INSTALL_LIBDIR}")
  message(FATAL_ERROR "CMAKE_INSTALL_LIBDIR must be relative to the prefix "
                      "(apps find libprecis through $ORIGIN/../<libdir>)")
endif()
set(PRECIS_APP_RUNPATH "$ORIGIN/../${CMAKE_INSTALL_LIBDIR}")

# precis_library_runpath(<target>): the shared library: none.
function(precis_library_runpath target)
  set_target_properties(${target} PROPERTIES
    BUILD_WITH_INSTALL_RPATH ON INSTALL_RPATH ""
    LIBRARY_OUTPUT_DIRECTORY ${PROJECT_BINARY_DIR}/${CMAKE_INSTALL_LIBDIR})
endfunction()

# precis_app_runpath(<target>): an installed executable, built in apps/ or apps/<verb>/.
function(precis_app_runpath target)
  set_target_properties(${target} PROPERTIES
    BUILD_WITH_INSTALL_RPATH ON INSTALL_RPATH "${PRECIS_APP_RUNPATH}")
endfunction()

# apps/<first component of libdir> -> ../<same>, for the verbs one level down.
string(REGEX REPLACE "/.*" "" _precis_libdir_top "${CMAKE_INSTALL_LIBDIR}")
file(MAKE_DIRECTORY ${PROJECT_BINARY_DIR}/apps)
file(CREATE_LINK ../${_precis_libdir_top} ${PROJECT_BINARY_DIR}/apps/${_precis_libdir_top} SYMBOLIC)
