// SPDX-License-Identifier: GPL-3.0-or-later
#include "files/transferpanel.h"

#include "files/conflictdialog.h"
#include "files/sizetext.h"
#include "files/transferdelegate.h"
#include "files/transferqueue.h"
#include "icons.h"

#include <QAction>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace rexec::ui {

using files::TransferQueue;
using Status = files::TransferQueue::Status;

TransferPanel::TransferPanel(TransferQueue *queue, QWidget *parent)
    : QWidget(parent)
    , m_queue(queue)
    , m_view(new QTreeView)
    , m_summary(new QLabel)
{
    setObjectName(u"transferPanel"_s);
    auto add = [this](const char *name, const QString &text, const QString &icon, const QString &tip) {
        auto *a = new QAction(themedIcon(icon), text, this);
        a->setObjectName(QLatin1StringView(name));
        a->setToolTip(tip);
        a->setStatusTip(tip);
        m_actions << a;
        return a;
    };
    QAction *cancel = add("transferCancel", tr("Cancel"), u"transfer-cancel"_s, tr("Cancel the selected transfers"));
    QAction *retry = add("transferRetry", tr("Retry"), u"transfer-retry"_s, tr("Try the selected failed transfers again"));
    QAction *clear = add("transferClear", tr("Clear Finished"), u"transfer-clear"_s, tr("Remove finished transfers from the list"));
    QAction *show = add("transferShowFolder", tr("Show in Folder"), u"folder-open"_s, tr("Open the folder a download went to"));
    QAction *cancelAll = add("transferCancelAll", tr("Cancel All"), u"transfer-cancel"_s, tr("Cancel every transfer not yet finished"));
    QAction *answer = add("transferAnswer", tr("Answer…"), u"status-attention"_s, tr("Choose what to do with a file that already exists"));

    connect(cancel, &QAction::triggered, this, [this] {
        for (const quint64 id : selectedIds())
            m_queue->cancel(id);
    });
    connect(retry, &QAction::triggered, this, [this] {
        for (const quint64 id : selectedIds())
            m_queue->retry(id);
    });
    connect(clear, &QAction::triggered, this, [this] { m_queue->clearFinished(); });
    connect(cancelAll, &QAction::triggered, this, [this] { m_queue->cancelAll(); });
    connect(show, &QAction::triggered, this, [this] {
        const QList<quint64> ids = selectedIds();
        if (ids.isEmpty())
            return;
        const QModelIndex index = m_queue->index(m_queue->rowOf(ids.first()), 0);
        const QFileInfo file(index.data(TransferQueue::LocalPathRole).toString());
        QDesktopServices::openUrl(QUrl::fromLocalFile(file.isDir() ? file.absoluteFilePath() : file.absolutePath()));
    });
    connect(answer, &QAction::triggered, this, [this] {
        for (const quint64 id : selectedIds()) {
            if (m_queue->statusOf(id) == Status::NeedsAnswer) {
                m_deferred.remove(id);
                ask(id);
                return;
            }
        }
    });

    auto *toolbar = new QToolBar;
    toolbar->setObjectName(u"transferToolBar"_s);
    toolbar->setIconSize(QSize(16, 16));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addActions({cancel, retry, clear});
    toolbar->addSeparator();
    toolbar->addAction(show);
    auto *spacer = new QWidget;
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolbar->addWidget(spacer);
    m_summary->setObjectName(u"transferSummary"_s);
    m_summary->setContentsMargins(0, 0, 8, 0);
    toolbar->addWidget(m_summary);

    m_view->setObjectName(u"transferView"_s);
    m_view->setAccessibleName(tr("Transfers"));
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setItemDelegate(new TransferDelegate(m_view));
    m_view->setModel(queue);
    m_view->setTextElideMode(Qt::ElideMiddle);
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(true);
    header->setSectionResizeMode(TransferQueue::DirectionColumn, QHeaderView::Fixed);
    header->resizeSection(TransferQueue::DirectionColumn, 30);
    header->resizeSection(TransferQueue::NameColumn, 260);
    header->resizeSection(TransferQueue::SizeColumn, 80);
    header->resizeSection(TransferQueue::ProgressColumn, 150);
    header->resizeSection(TransferQueue::SpeedColumn, 90);
    header->resizeSection(TransferQueue::TimeLeftColumn, 80);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu menu(this);
        menu.addActions({action(u"transferAnswer"_s), action(u"transferCancel"_s), action(u"transferRetry"_s),
                         action(u"transferShowFolder"_s)});
        menu.addSeparator();
        menu.addActions({action(u"transferClear"_s), action(u"transferCancelAll"_s)});
        menu.exec(m_view->viewport()->mapToGlobal(pos));
    });
    connect(m_view, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        const quint64 id = index.data(TransferQueue::IdRole).toULongLong();
        switch (m_queue->statusOf(id)) {
        case Status::NeedsAnswer:
            m_deferred.remove(id);
            ask(id);
            break;
        case Status::Failed:
        case Status::Cancelled:
            m_queue->retry(id);
            break;
        case Status::Done:
            if (index.data(TransferQueue::DirectionRole).toInt() == int(TransferQueue::Direction::Download))
                action(u"transferShowFolder"_s)->trigger();
            break;
        default:
            break;
        }
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(toolbar);
    layout->addWidget(m_view, 1);

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &TransferPanel::updateActions);
    connect(queue, &QAbstractItemModel::dataChanged, this, &TransferPanel::updateActions);
    connect(queue, &QAbstractItemModel::rowsInserted, this, [this] {
        updateActions();
        updateSummary();
        emit transfersAdded();
    });
    connect(queue, &QAbstractItemModel::rowsRemoved, this, [this] {
        updateActions();
        updateSummary();
    });
    connect(queue, &TransferQueue::answerNeeded, this, [this] {
        if (!m_dialog)
            askNext();
    });
    connect(queue, &TransferQueue::batchFinished, this,
            [this](const TransferQueue::BatchSummary &summary) { onBatchFinished(summary.id); });
    // Speeds change on the queue's own tick; the summary follows at the same pace.
    auto *timer = new QTimer(this);
    connect(timer, &QTimer::timeout, this, &TransferPanel::updateSummary);
    timer->start(1000);
    updateActions();
    updateSummary();
}

TransferPanel::~TransferPanel() = default;

QAction *TransferPanel::action(const QString &objectName) const
{
    for (QAction *a : m_actions) {
        if (a->objectName() == objectName)
            return a;
    }
    return nullptr;
}

QList<quint64> TransferPanel::selectedIds() const
{
    QList<quint64> ids;
    if (!m_view->selectionModel())
        return ids;
    for (const QModelIndex &row : m_view->selectionModel()->selectedRows())
        ids << row.data(TransferQueue::IdRole).toULongLong();
    return ids;
}

void TransferPanel::updateActions()
{
    bool cancellable = false;
    bool retryable = false;
    bool answerable = false;
    bool showable = false;
    for (const quint64 id : selectedIds()) {
        const Status s = m_queue->statusOf(id);
        cancellable = cancellable || s == Status::Queued || s == Status::Transferring || s == Status::NeedsAnswer;
        retryable = retryable || s == Status::Failed || s == Status::Cancelled;
        answerable = answerable || s == Status::NeedsAnswer;
        const QModelIndex index = m_queue->index(m_queue->rowOf(id), 0);
        showable = showable
            || (s == Status::Done && index.data(TransferQueue::DirectionRole).toInt() == int(TransferQueue::Direction::Download));
    }
    bool finished = false;
    bool unfinished = false;
    for (int row = 0; row < m_queue->rowCount(); ++row) {
        const auto s = Status(m_queue->index(row, 0).data(TransferQueue::StatusRole).toInt());
        finished = finished || s == Status::Done || s == Status::Skipped || s == Status::Cancelled;
        unfinished = unfinished || s == Status::Queued || s == Status::Transferring || s == Status::NeedsAnswer;
    }
    action(u"transferCancel"_s)->setEnabled(cancellable);
    action(u"transferRetry"_s)->setEnabled(retryable);
    action(u"transferAnswer"_s)->setEnabled(answerable);
    action(u"transferShowFolder"_s)->setEnabled(showable);
    action(u"transferClear"_s)->setEnabled(finished);
    action(u"transferCancelAll"_s)->setEnabled(unfinished);
}

void TransferPanel::updateSummary()
{
    int running = 0;
    int queued = 0;
    int waiting = 0;
    int failed = 0;
    double speed = 0;
    for (int row = 0; row < m_queue->rowCount(); ++row) {
        const QModelIndex index = m_queue->index(row, 0);
        switch (Status(index.data(TransferQueue::StatusRole).toInt())) {
        case Status::Transferring:
            ++running;
            speed += index.data(TransferQueue::SpeedRole).toDouble();
            break;
        case Status::Queued:
            ++queued;
            break;
        case Status::NeedsAnswer:
            ++waiting;
            break;
        case Status::Failed:
            ++failed;
            break;
        default:
            break;
        }
    }
    QStringList parts;
    if (running > 0)
        parts << tr("%n running", nullptr, running);
    if (queued > 0)
        parts << tr("%n queued", nullptr, queued);
    if (waiting > 0)
        parts << tr("%n waiting for an answer", nullptr, waiting);
    if (failed > 0)
        parts << tr("%n failed", nullptr, failed);
    if (speed > 0)
        parts << tr("%1/s").arg(files::formatDataSize(qint64(speed)));
    if (parts.isEmpty())
        parts << (m_queue->rowCount() > 0 ? tr("All done") : tr("No transfers"));
    m_summary->setText(parts.join(u"  ·  "_s));
}

void TransferPanel::askNext()
{
    if (m_dialog || !m_queue)
        return;
    for (const quint64 id : m_queue->waitingForAnswer()) {
        if (!m_deferred.contains(id)) {
            ask(id);
            return;
        }
    }
}

void TransferPanel::ask(quint64 transferId)
{
    if (m_dialog)
        m_dialog->close();
    const auto conflict = m_queue->conflict(transferId);
    if (!conflict)
        return;
    auto *dialog = new ConflictDialog(*conflict, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    connect(dialog, &ConflictDialog::answered, this, [this](quint64 id, TransferQueue::Answer answer, bool forRest) {
        m_queue->answer(id, answer, forRest);
    });
    connect(dialog, &QDialog::finished, this, [this, transferId](int result) {
        // Closed without an answer: the row waits; "Answer…" or a double-click asks again.
        if (result != QDialog::Accepted)
            m_deferred.insert(transferId);
        QTimer::singleShot(0, this, &TransferPanel::askNext);
    });
    dialog->open();
}

void TransferPanel::onBatchFinished(quint64 batchId)
{
    updateActions();
    updateSummary();
    const TransferQueue::BatchSummary s = m_queue->batchSummary(batchId);
    QWidget *top = window();
    if (!top || top->isActiveWindow() || s.id == 0)
        return;
    const bool download = s.direction == TransferQueue::Direction::Download;
    QString title;
    if (s.failed > 0)
        title = download ? tr("Download finished with problems") : tr("Upload finished with problems");
    else
        title = download ? tr("Download complete") : tr("Upload complete");
    // Whole sentences, one translation each, with the counts as plurals.
    const QString folder = QDir::toNativeSeparators(s.localFolder);
    QString text;
    if (s.failed > 0) {
        text = s.items == 1 ? tr("“%1”: %n file(s) could not be transferred.", nullptr, s.failed).arg(s.itemName)
                            : tr("%n file(s) could not be transferred.", nullptr, s.failed);
        if (s.done > 0)
            text += u'\n' + tr("%n other file(s) arrived.", nullptr, s.done);
    } else if (download) {
        text = s.items == 1 ? tr("“%1” was saved in %2.").arg(s.itemName, folder)
                            : tr("%n item(s) saved in %1.", nullptr, s.items).arg(folder);
    } else {
        text = s.items == 1 ? tr("“%1” was uploaded to %2 in %3.").arg(s.itemName, s.remoteFolder, s.container)
                            : tr("%n item(s) uploaded to %1 in %2.", nullptr, s.items).arg(s.remoteFolder, s.container);
    }
    // The window puts it on the desktop (a notification), or in its status bar where no
    // notification service answers.
    emit notified(title, text);
}

} // namespace rexec::ui
