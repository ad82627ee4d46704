# Warnings, Qt macros and sanitizers shared by every target of the project.
add_library(gantry_common INTERFACE)
target_compile_options(gantry_common INTERFACE -Wall -Wextra -Wpedantic)
target_compile_definitions(gantry_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_USE_QSTRINGBUILDER
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    GANTRY_VERSION="${PROJECT_VERSION}")

if(GANTRY_SANITIZE)
    target_compile_options(gantry_common INTERFACE
        -fsanitize=address,undefined,float-cast-overflow -fno-omit-frame-pointer
        -fno-sanitize-recover=all)
    target_link_options(gantry_common INTERFACE -fsanitize=address,undefined,float-cast-overflow)
endif()

# Fuzzing (tests/fuzz) needs clang: libFuzzer is part of it. The engine library, which the fuzz
# targets drive, is built with libFuzzer's coverage instrumentation (engine/CMakeLists.txt); the
# other layers and tests of the same build directory are left as they are.
if(GANTRY_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "GANTRY_FUZZ needs clang (-DCMAKE_CXX_COMPILER=clang++): libFuzzer "
                            "is part of clang")
    endif()
    if(NOT GANTRY_SANITIZE)
        message(WARNING "GANTRY_FUZZ without GANTRY_SANITIZE finds crashes only: no memory "
                        "errors, leaks or undefined behaviour")
    endif()
endif()

# gold links the test executables (a static ui library with debug info each) in half the time
# of the default linker. With clang, lld instead: gold warns about clang's AddressSanitizer
# runtime ("Cannot export local symbol __asan_check_...").
include(CheckLinkerFlag)
if(CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    check_linker_flag(CXX -fuse-ld=lld GANTRY_HAS_LLD)
endif()
if(GANTRY_HAS_LLD)
    target_link_options(gantry_common INTERFACE -fuse-ld=lld)
else()
    check_linker_flag(CXX -fuse-ld=gold GANTRY_HAS_GOLD)
    if(GANTRY_HAS_GOLD)
        target_link_options(gantry_common INTERFACE -fuse-ld=gold)
    endif()
endif()
