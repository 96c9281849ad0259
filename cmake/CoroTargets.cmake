# Helpers shared by every target of ours: warnings, one static library per src/ folder, tests.

# Compiler warnings for code we write (never for third-party headers, which come in as SYSTEM).
function(coro_set_warnings target)
    if(MSVC)
        target_compile_options(${target} PRIVATE /W4 /permissive-)
        if(CORO_WARNINGS_AS_ERRORS)
            target_compile_options(${target} PRIVATE /WX)
        endif()
    else()
        target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow
            -Wnon-virtual-dtor -Wold-style-cast -Wcast-align -Wunused -Woverloaded-virtual
            -Wnull-dereference -Wdouble-promotion -Wformat=2 -Wimplicit-fallthrough)
        if(CORO_WARNINGS_AS_ERRORS)
            target_compile_options(${target} PRIVATE -Werror)
        endif()
    endif()
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING
        QT_NO_CAST_FROM_BYTEARRAY QT_USE_QSTRINGBUILDER QT_NO_KEYWORDS)
endfunction()

# coro_add_library(<area> SOURCES ... LINKS ...) -> static library coro_<area>, alias Coro::<area>.
function(coro_add_library area)
    cmake_parse_arguments(ARG "" "" "SOURCES;LINKS" ${ARGN})
    set(target coro_${area})
    add_library(${target} STATIC ${ARG_SOURCES})
    add_library(Coro::${area} ALIAS ${target})
    target_include_directories(${target} PUBLIC ${PROJECT_SOURCE_DIR}/src)
    target_link_libraries(${target} PUBLIC ${ARG_LINKS})
    coro_set_warnings(${target})
endfunction()

# coro_add_test(<name> SOURCES ... LINKS ... [LABELS ...]) -> executable tst_<name>, one ctest.
# Tests run in English (LANGUAGE=en): coro-cli translates its messages to the user's language.
function(coro_add_test name)
    cmake_parse_arguments(ARG "" "TIMEOUT" "SOURCES;LINKS;LABELS" ${ARGN})
    set(target tst_${name})
    add_executable(${target} ${ARG_SOURCES})
    target_link_libraries(${target} PRIVATE Qt6::Test ${ARG_LINKS})
    target_compile_definitions(${target} PRIVATE
        CORO_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data")
    coro_set_warnings(${target})
    add_test(NAME ${name} COMMAND ${target})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 120)
    endif()
    set_tests_properties(${name} PROPERTIES TIMEOUT ${ARG_TIMEOUT} LABELS "${ARG_LABELS}"
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;CORO_DATA_DIR=;QT_LOGGING_RULES=coro.*.debug=false;LANGUAGE=en")
endfunction()
