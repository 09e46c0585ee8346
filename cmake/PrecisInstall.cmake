# Installs the library, its public headers, the apps and a CMake package, so a
# consumer writes find_package(precis) and links precis::precis.
include(CMakePackageConfigHelpers)

install(TARGETS precis_lib EXPORT precisTargets
  LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
  RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}
  INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/lib/include/precis
  DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(EXPORT precisTargets NAMESPACE precis::
  DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/precis)

configure_package_config_file(${PROJECT_SOURCE_DIR}/cmake/precisConfig.cmake.in
  ${PROJECT_BINARY_DIR}/precisConfig.cmake
  INSTALL_DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/precis)
write_basic_package_version_file(${PROJECT_BINARY_DIR}/precisConfigVersion.cmake
  COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_BINARY_DIR}/precisConfig.cmake
              ${PROJECT_BINARY_DIR}/precisConfigVersion.cmake
  DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/precis)
