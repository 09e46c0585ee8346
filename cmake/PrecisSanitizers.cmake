# With PRECIS_SANITIZE, everything built here runs under ASan and UBSan and any
# report aborts the process, so a test cannot pass over undefined behaviour.
if(PRECIS_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-sanitize-recover=all
                      -fno-omit-frame-pointer)
  add_link_options(-fsanitize=address,undefined -fno-sanitize-recover=all)
endif()
