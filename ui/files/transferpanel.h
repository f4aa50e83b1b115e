// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "files/conflictdialog.h"

#include <QPointer>
#include <QSet>
#include <QWidget>

class QAction;
class QLabel;
class QTreeView;

namespace rexec::files {
class TransferQueue;
}

namespace rexec::ui {

// The transfer queue as a panel (for a dock): every transfer with its progress, speed and time
// left; cancel, retry, clear finished, show in folder. It asks the queue's conflict questions
// one at a time, and says when a batch is done while the window is in the background.
class TransferPanel : public QWidget
{
    Q_OBJECT
public:
    explicit TransferPanel(files::TransferQueue *queue, QWidget *parent = nullptr);
    ~TransferPanel() override;

    QTreeView *view() const { return m_view; }
    QAction *action(const QString &objectName) const;
    // The dialog asking about a conflict now, if any.
    ConflictDialog *conflictDialog() const { return m_dialog; }

signals:
    // Transfers were added: a hidden panel should show itself.
    void transfersAdded();
    // A batch finished while the window was not active: words for a desktop notification.
    void notified(const QString &title, const QString &text);

private:
    void updateActions();
    void updateSummary();
    void askNext();
    void ask(quint64 transferId);
    void onBatchFinished(quint64 batchId);
    QList<quint64> selectedIds() const;

    QPointer<files::TransferQueue> m_queue;
    QTreeView *m_view;
    QLabel *m_summary;
    QList<QAction *> m_actions;
    QPointer<ConflictDialog> m_dialog;
    QSet<quint64> m_deferred; // conflicts whose dialog was closed without an answer
};

} // namespace rexec::ui
