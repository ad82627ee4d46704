# ccache, when the machine has it: a rebuild of an unchanged file costs a lookup. Paths are
# made relative to the source tree so that two clones (or worktrees) share one cache.
find_program(GANTRY_CCACHE ccache)
if(GANTRY_CCACHE AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
    set(_gantry_launcher ${CMAKE_COMMAND} -E env
        CCACHE_BASEDIR=${PROJECT_SOURCE_DIR} CCACHE_NOHASHDIR=1
        "CCACHE_SLOPPINESS=pch_defines,time_macros,include_file_mtime,include_file_ctime"
        ${GANTRY_CCACHE})
    set(CMAKE_CXX_COMPILER_LAUNCHER ${_gantry_launcher})
    set(CMAKE_C_COMPILER_LAUNCHER ${_gantry_launcher})
endif()
