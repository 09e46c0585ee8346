# precis_target_warnings(<target>): the project's warning set, errors in CI.
function(precis_target_warnings target)
  target_compile_options(${target} PRIVATE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast
    -Wcast-align -Woverloaded-virtual -Wimplicit-fallthrough)
  if(PRECIS_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()
