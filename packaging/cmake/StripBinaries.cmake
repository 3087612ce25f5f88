# SPDX-License-Identifier: GPL-3.0-or-later
# CPACK_PRE_BUILD_SCRIPTS: after CPack's own stripping (CPACK_STRIP_FILES), also drop the
# .comment and .note sections like Debian's dh_strip does, so lintian has nothing to report.
if(NOT CPACK_EIPDESK_STRIP OR NOT CPACK_TEMPORARY_INSTALL_DIRECTORY)
    return()
endif()
file(GLOB_RECURSE candidates LIST_DIRECTORIES false "${CPACK_TEMPORARY_INSTALL_DIRECTORY}/*")
foreach(file IN LISTS candidates)
    if(IS_SYMLINK "${file}" OR NOT file MATCHES "/bin/[^/]+$")
        continue()
    endif()
    file(READ "${file}" magic LIMIT 4 HEX)
    if(NOT magic STREQUAL "7f454c46") # ELF
        continue()
    endif()
    execute_process(
        COMMAND "${CPACK_EIPDESK_STRIP}" --remove-section=.comment --remove-section=.note
                --strip-unneeded "${file}"
        RESULT_VARIABLE result)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "strip failed on ${file}")
    endif()
endforeach()
