#pragma once

class QHeaderView;

namespace gantry {

// A right click on a list's header: a menu of its columns to show or hide (the first one
// always stays). What is hidden is part of the header's state, kept by LayoutMemory.
namespace ColumnMenu {
void install(QHeaderView *header);
}

} // namespace gantry
