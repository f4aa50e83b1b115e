// SPDX-License-Identifier: GPL-3.0-or-later
#include "files/conflictdialog.h"

#include "files/fileicons.h"
#include "files/sizetext.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QMimeDatabase>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace rexec::ui {

using Answer = files::TransferQueue::Answer;

namespace {

QString describe(qint64 size, const QDateTime &modified)
{
    if (size >= 0 && modified.isValid())
        return ConflictDialog::tr("%1, changed %2", "a file's size, then when it last changed")
            .arg(files::formatDataSize(size), files::formatMinute(modified));
    if (size >= 0)
        return files::formatDataSize(size);
    if (modified.isValid())
        return ConflictDialog::tr("changed %1", "when a file last changed; its size is unknown")
            .arg(files::formatMinute(modified));
    return ConflictDialog::tr("unknown");
}

} // namespace

ConflictDialog::ConflictDialog(const files::TransferQueue::Conflict &conflict, QWidget *parent)
    : QDialog(parent)
    , m_id(conflict.transferId)
    , m_forRest(new QCheckBox)
{
    setObjectName(u"conflictDialog"_s);
    const bool download = conflict.direction == files::TransferQueue::Direction::Download;
    setWindowTitle(download ? tr("File Already Exists Here") : tr("File Already Exists in the Container"));

    auto *icon = new QLabel;
    const QMimeType type = QMimeDatabase().mimeTypeForFile(conflict.name, QMimeDatabase::MatchExtension);
    icon->setPixmap(fileTypeIcon({type.iconName(), type.genericIconName()}, false).pixmap(QSize(40, 40), devicePixelRatioF()));
    icon->setAlignment(Qt::AlignTop);
    auto *title = new QLabel(tr("“%1” already exists").arg(conflict.name));
    title->setObjectName(u"conflictTitle"_s);
    QFont bold = title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    title->setFont(bold);
    title->setWordWrap(true);
    auto *where = new QLabel(download
                                 ? tr("It is in the folder %1 on this computer.").arg(conflict.folder)
                                 : tr("It is in the folder %1 in the container %2.").arg(conflict.folder, conflict.container));
    where->setObjectName(u"conflictWhere"_s);
    where->setWordWrap(true);
    where->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(12);
    auto *existingLabel = new QLabel(download ? tr("On this computer:") : tr("In the container:"));
    auto *incomingLabel = new QLabel(download ? tr("From the container:") : tr("From this computer:"));
    grid->addWidget(existingLabel, 0, 0);
    grid->addWidget(new QLabel(describe(conflict.existingSize, conflict.existingModified)), 0, 1);
    grid->addWidget(incomingLabel, 1, 0);
    grid->addWidget(new QLabel(describe(conflict.incomingSize, conflict.incomingModified)), 1, 1);
    grid->setColumnStretch(1, 1);

    m_forRest->setObjectName(u"conflictForAll"_s);
    m_forRest->setText(conflict.othersInBatch > 0
                           ? tr("Do the same for the other %n conflict(s) in this transfer", nullptr, conflict.othersInBatch)
                           : tr("Do the same for any other conflict in this transfer"));

    auto *buttons = new QDialogButtonBox;
    QPushButton *overwrite = buttons->addButton(tr("Overwrite"), QDialogButtonBox::DestructiveRole);
    overwrite->setObjectName(u"conflictOverwrite"_s);
    QPushButton *skip = buttons->addButton(tr("Skip"), QDialogButtonBox::RejectRole);
    skip->setObjectName(u"conflictSkip"_s);
    QPushButton *both = buttons->addButton(tr("Keep Both"), QDialogButtonBox::AcceptRole);
    both->setObjectName(u"conflictKeepBoth"_s);
    both->setDefault(true);
    both->setToolTip(tr("Save the new one under a numbered name, such as “name (2)”"));
    const auto answer = [this](Answer a) {
        emit answered(m_id, a, m_forRest->isChecked());
        accept();
    };
    connect(overwrite, &QPushButton::clicked, this, [answer] { answer(Answer::Overwrite); });
    connect(skip, &QPushButton::clicked, this, [answer] { answer(Answer::Skip); });
    connect(both, &QPushButton::clicked, this, [answer] { answer(Answer::KeepBoth); });

    auto *text = new QVBoxLayout;
    text->addWidget(title);
    text->addWidget(where);
    text->addSpacing(8);
    text->addLayout(grid);
    auto *top = new QHBoxLayout;
    top->addWidget(icon);
    top->addSpacing(8);
    top->addLayout(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addSpacing(6);
    layout->addWidget(m_forRest);
    layout->addWidget(buttons);
    setMinimumWidth(440);
}

} // namespace rexec::ui
