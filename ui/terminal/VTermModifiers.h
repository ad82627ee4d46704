#pragma once

#include <Qt>

#include <vterm.h>

namespace gantry {

// Qt's keyboard modifiers as libvterm's, for keys and mouse reports alike. Included only by
// .cpp files: libvterm is private to the ui library.
inline VTermModifier vtermModifiers(Qt::KeyboardModifiers m)
{
    int v = VTERM_MOD_NONE;
    if (m & Qt::ShiftModifier)
        v |= VTERM_MOD_SHIFT;
    if (m & Qt::AltModifier)
        v |= VTERM_MOD_ALT;
    if (m & Qt::ControlModifier)
        v |= VTERM_MOD_CTRL;
    return VTermModifier(v);
}

} // namespace gantry
