#include "widgets/ColumnMenu.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QHeaderView>
#include <QMenu>

using namespace Qt::StringLiterals;

namespace gantry {

void ColumnMenu::install(QHeaderView *header)
{
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(header, &QWidget::customContextMenuRequested, header, [header](QPoint pos) {
        const QAbstractItemModel *model = header->model();
        if (!model)
            return;
        QMenu menu(header);
        menu.setObjectName(u"columnMenu"_s);
        menu.setAccessibleName(QCoreApplication::translate("ColumnMenu", "Columns"));
        int shown = 0;
        for (int c = 0; c < header->count(); ++c)
            shown += header->isSectionHidden(c) ? 0 : 1;
        for (int visual = 0; visual < header->count(); ++visual) {
            const int c = header->logicalIndex(visual);
            QAction *a = menu.addAction(model->headerData(c, header->orientation()).toString());
            a->setCheckable(true);
            a->setChecked(!header->isSectionHidden(c));
            // The first column names the row, and one column must stay.
            a->setEnabled(c != 0 && (header->isSectionHidden(c) || shown > 1));
            QObject::connect(a, &QAction::toggled, header,
                             [header, c](bool on) { header->setSectionHidden(c, !on); });
        }
        menu.exec(header->viewport()->mapToGlobal(pos));
    });
}

} // namespace gantry
