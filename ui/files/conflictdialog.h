// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "files/transferqueue.h"

#include <QDialog>

class QCheckBox;

namespace rexec::ui {

// "This file already exists": overwrite, skip or keep both, optionally for the rest of the
// transfer. Shows both files' sizes and dates so that the choice is an informed one.
class ConflictDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConflictDialog(const files::TransferQueue::Conflict &conflict, QWidget *parent = nullptr);

    quint64 transferId() const { return m_id; }

signals:
    void answered(quint64 transferId, rexec::files::TransferQueue::Answer answer, bool forRest);

private:
    quint64 m_id;
    QCheckBox *m_forRest;
};

} // namespace rexec::ui
