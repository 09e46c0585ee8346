# A Debian package of everything `cmake --install` installs (apps, library,
# headers, CMake package, man pages, bash completion, copyright):
#   cd build/release && cpack -G DEB      -> precis_<version>_<arch>.deb
# Depends comes from dpkg-shlibdeps (dpkg-dev; scripts/install-deps.sh
# --package), so it names the Debian packages of the libraries the binaries
# actually link. scripts/check-deb.sh builds, inspects and installs it.
set(PRECIS_PACKAGE_MAINTAINER
  "precis maintainers <maintainers@users.noreply.r-seed-d5f9ce2f.example>"
  CACHE STRING "Maintainer field of the Debian package")
# The project has not chosen a license yet; the package's copyright file says
# so until this names one (a DEP-5 short name such as Apache-2.0).
set(PRECIS_LICENSE "none-chosen"
  CACHE STRING "License short name written to the package's copyright file")

configure_file(${PROJECT_SOURCE_DIR}/cmake/copyright.in
  ${PROJECT_BINARY_DIR}/share/doc/precis/copyright @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/share/doc/precis/copyright
  DESTINATION ${CMAKE_INSTALL_DOCDIR})

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME precis)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "${PRECIS_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "news summarization and overlap toolkit")
set(CPACK_PACKAGE_DESCRIPTION
"precis summarizes news articles to N sentences, words or bytes (extractive
TF-IDF sentence scoring with a news position prior and MMR redundancy control)
and compares articles for overlap: Jaccard, containment both ways, MinHash
estimates and the matched passages with byte offsets. It also deduplicates
feeds with MinHash and LSH and scores summaries with a ROUGE that reproduces
ROUGE-1.5.5. The apps (precis and precis-<verb>) read files or stdin and write
text, TSV or JSON Lines, so they compose in shell pipelines; the C++ library
libprecis, its headers and a CMake package are included.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${PRECIS_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION text)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# libprecis is in the package itself, where the apps' $ORIGIN RUNPATH finds it.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS_PRIVATE_DIRS
  ${CMAKE_INSTALL_LIBDIR} usr/${CMAKE_INSTALL_LIBDIR})
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS ON)
set(CPACK_SOURCE_IGNORE_FILES "/build/;/\\\\.git")
include(CPack)
