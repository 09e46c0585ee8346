# Man pages and bash completion, generated at build time from the apps' own
# --help by cmake/precis_docs.py (help2man for the pages), so neither can drift
# from the programs. Installed to <datadir>/man/man1 and
# <datadir>/bash-completion/completions (one script, a link per command).
option(PRECIS_BUILD_DOCS "Generate man pages and bash completion (needs help2man)" ON)
if(NOT PRECIS_BUILD_DOCS)
  return()
endif()
find_program(HELP2MAN_EXECUTABLE help2man)
if(NOT HELP2MAN_EXECUTABLE)
  message(WARNING "help2man not found: no man pages or bash completion "
                  "(scripts/install-deps.sh installs it; -DPRECIS_BUILD_DOCS=OFF silences this)")
  set(PRECIS_BUILD_DOCS OFF)
  return()
endif()
find_package(Python3 REQUIRED COMPONENTS Interpreter)

set(PRECIS_DOCS_DIR ${PROJECT_BINARY_DIR}/share)
set(_pages precis)
set(_apps precis)
foreach(app IN LISTS PRECIS_APPS)
  if(TARGET precis-${app})
    list(APPEND _pages precis-${app})
    list(APPEND _apps precis-${app})
  endif()
endforeach()
set(_man_pages "")
set(_completions "")
foreach(page IN LISTS _pages)
  list(APPEND _man_pages ${PRECIS_DOCS_DIR}/man/man1/${page}.1)
  list(APPEND _completions ${PRECIS_DOCS_DIR}/bash-completion/completions/${page})
endforeach()

add_custom_command(
  OUTPUT ${_man_pages} ${_completions}
  COMMAND ${Python3_EXECUTABLE} ${PROJECT_SOURCE_DIR}/cmake/precis_docs.py
          --apps ${PROJECT_BINARY_DIR}/apps --out ${PRECIS_DOCS_DIR}
          --version ${PROJECT_VERSION} --help2man ${HELP2MAN_EXECUTABLE}
  DEPENDS ${_apps} ${PROJECT_SOURCE_DIR}/cmake/precis_docs.py
  COMMENT "Generating man pages and bash completion from --help"
  VERBATIM)
add_custom_target(precis_docs ALL DEPENDS ${_man_pages} ${_completions})

install(FILES ${_man_pages} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${_completions} DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions)
