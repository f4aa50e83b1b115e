// SPDX-License-Identifier: GPL-3.0-or-later
#include "files/pathbar.h"

#include "clearbutton.h"
#include "icons.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPainter>
#include <QStackedLayout>
#include <QStyleOptionFrame>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;

namespace rexec::ui {

PathBar::PathBar(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedLayout(this))
    , m_crumbs(new QWidget)
    , m_crumbLayout(new QHBoxLayout(m_crumbs))
    , m_edit(new QLineEdit)
{
    setObjectName(u"pathBar"_s);
    setAccessibleName(tr("Location"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setCursor(Qt::IBeamCursor);
    m_crumbLayout->setContentsMargins(3, 1, 3, 1);
    m_crumbLayout->setSpacing(0);
    m_crumbs->setObjectName(u"pathCrumbs"_s);
    m_edit->setObjectName(u"pathEdit"_s);
    m_edit->setAccessibleName(tr("Location"));
    addClearButton(m_edit);
    m_edit->installEventFilter(this);
    m_stack->addWidget(m_crumbs);
    m_stack->addWidget(m_edit);
    connect(m_edit, &QLineEdit::returnPressed, this, [this] { finishEditing(true); });
    setFixedHeight(m_edit->sizeHint().height());
    rebuild();
}

void PathBar::setPath(const QString &path)
{
    m_path = path;
    if (isEditing())
        finishEditing(false);
    rebuild();
}

void PathBar::setRootLabel(const QString &label)
{
    m_rootLabel = label;
    rebuild();
}

bool PathBar::isEditing() const
{
    return m_stack->currentWidget() == m_edit;
}

void PathBar::editPath()
{
    m_edit->setText(m_path);
    m_stack->setCurrentWidget(m_edit);
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
}

void PathBar::finishEditing(bool go)
{
    const QString wanted = m_edit->text().trimmed();
    m_stack->setCurrentWidget(m_crumbs);
    if (go && !wanted.isEmpty())
        emit pathRequested(wanted.startsWith(u'/') ? wanted : m_path + u'/' + wanted);
}

bool PathBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit) {
        if (event->type() == QEvent::KeyPress && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
            finishEditing(false);
            return true;
        }
        if (event->type() == QEvent::FocusOut && isEditing())
            finishEditing(false);
    }
    return QWidget::eventFilter(watched, event);
}

void PathBar::mousePressEvent(QMouseEvent *event)
{
    // A click beside the crumbs edits the path, as in common file managers.
    if (!isEditing() && event->button() == Qt::LeftButton)
        editPath();
    QWidget::mousePressEvent(event);
}

void PathBar::paintEvent(QPaintEvent *)
{
    if (isEditing())
        return;
    // The crumbs sit in what looks like a text field: it is one, a click away.
    QPainter painter(this);
    QStyleOptionFrame frame;
    frame.initFrom(this);
    frame.rect = rect();
    frame.lineWidth = style()->pixelMetric(QStyle::PM_DefaultFrameWidth, &frame, this);
    frame.midLineWidth = 0;
    frame.state |= QStyle::State_Sunken;
    style()->drawPrimitive(QStyle::PE_PanelLineEdit, &frame, &painter, this);
}

void PathBar::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    rebuild();
}

void PathBar::rebuild()
{
    // Later, not now: rebuild() may run inside a crumb's own clicked().
    while (QLayoutItem *item = m_crumbLayout->takeAt(0)) {
        if (QWidget *widget = item->widget()) {
            widget->hide();
            widget->deleteLater();
        }
        delete item;
    }
    const QStringList parts = m_path.split(u'/', Qt::SkipEmptyParts);
    struct Crumb {
        QString label;
        QString path;
    };
    QList<Crumb> crumbs{{m_rootLabel.isEmpty() ? u"/"_s : m_rootLabel, u"/"_s}};
    QString running;
    for (const QString &part : parts) {
        running += u'/' + part;
        crumbs.append({part, running});
    }

    auto makeButton = [this](const QString &label, const QString &path, bool current) {
        auto *button = new QToolButton;
        button->setAutoRaise(true);
        button->setCursor(Qt::ArrowCursor);
        button->setText(label);
        button->setToolTip(path);
        button->setFocusPolicy(Qt::NoFocus);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        if (current) {
            QFont bold = button->font();
            bold.setBold(true);
            button->setFont(bold);
        }
        connect(button, &QToolButton::clicked, this, [this, path] { emit pathRequested(path); });
        return button;
    };
    auto separator = [] {
        auto *label = new QLabel(u"›"_s);
        label->setEnabled(false);
        label->setContentsMargins(1, 0, 1, 0);
        return label;
    };

    // Leading crumbs that do not fit collapse into a "…" menu; the current one always shows.
    const QFontMetrics bold([this] {
        QFont f = font();
        f.setBold(true);
        return f;
    }());
    const int available = width() - 48; // room for "…" and the frame
    int used = bold.horizontalAdvance(crumbs.last().label) + 20;
    qsizetype first = crumbs.size() - 1;
    while (first > 0) {
        const int next = fontMetrics().horizontalAdvance(crumbs.at(first - 1).label) + 32;
        if (used + next > available)
            break;
        used += next;
        --first;
    }
    if (first > 0) {
        auto *more = new QToolButton;
        more->setAutoRaise(true);
        more->setCursor(Qt::ArrowCursor);
        more->setText(u"…"_s);
        more->setToolTip(tr("Folders above"));
        more->setFocusPolicy(Qt::NoFocus);
        more->setPopupMode(QToolButton::InstantPopup);
        auto *menu = new QMenu(more);
        for (qsizetype i = first - 1; i >= 0; --i) {
            const QString target = crumbs.at(i).path;
            menu->addAction(crumbs.at(i).label, this, [this, target] { emit pathRequested(target); });
        }
        more->setMenu(menu);
        m_crumbLayout->addWidget(more);
        m_crumbLayout->addWidget(separator());
    }
    for (qsizetype i = first; i < crumbs.size(); ++i) {
        if (i > first)
            m_crumbLayout->addWidget(separator());
        QToolButton *button = makeButton(crumbs.at(i).label, crumbs.at(i).path, i == crumbs.size() - 1);
        if (i == 0)
            button->setObjectName(u"pathCrumbRoot"_s);
        m_crumbLayout->addWidget(button);
    }
    m_crumbLayout->addStretch(1);
    update();
}

} // namespace rexec::ui
