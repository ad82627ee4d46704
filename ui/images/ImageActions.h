#pragma once

#include "specs/ActionSpecs.h"

#include <QObject>

namespace gantry {

class ActionRunner;
class ImagesPage;
class Refresher;

// Does what the images page asks: remove (confirmed, naming the images; an image in use
// is refused with the engine's reason unless forced) and tag (a dialog that keeps what
// was typed when the engine says no).
class ImageActions : public QObject {
    Q_OBJECT
public:
    ImageActions(ImagesPage *page, ActionRunner *runner, Refresher *refresher,
                 QObject *parent = nullptr);

    void remove();
    void tag();

private:
    ImagesPage *m_page;
    ActionRunner *m_runner;
    Refresher *m_refresher;
};

} // namespace gantry
