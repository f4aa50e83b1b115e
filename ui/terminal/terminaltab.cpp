// SPDX-License-Identifier: GPL-3.0-or-later
#include "terminal/terminaltab.h"

#include "settingsdialog.h"
#include "terminal/terminalpane.h"
#include "terminal/terminalsession.h"

#include <qtermwidget6/qtermwidget.h>

#include <QAction>
#include <QCloseEvent>
#include <QDir>
#include <QFile>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace rexec::ui {

using terminal::TerminalSession;

namespace {

// QTermWidget reads colour schemes from folders on disk: ours ships as a resource.
void installColorSchemes()
{
    static bool done = false;
    if (std::exchange(done, true))
        return;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/colorschemes");
    QDir().mkpath(dir);
    for (const QString &name : QDir(QStringLiteral(":/colorschemes")).entryList()) {
        const QString target = dir + u'/' + name;
        QFile::remove(target);
        QFile::copy(QStringLiteral(":/colorschemes/") + name, target);
        QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
    }
    QTermWidget::addCustomColorSchemeDir(dir);
}

QString bytes(double value)
{
    return QLocale().formattedDataSize(qint64(value), 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace

TerminalAppearance TerminalAppearance::fromSettings()
{
    QSettings settings;
    TerminalAppearance appearance;
    QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    fixed.setPointSize(11);
    appearance.font = settings.value(QString::fromLatin1(SettingsDialog::kTerminalFont), fixed).value<QFont>();
    appearance.colorScheme = settings.value(QString::fromLatin1(SettingsDialog::kColorScheme), QStringLiteral("RexecDark")).toString();
    appearance.scrollback = settings.value(QString::fromLatin1(SettingsDialog::kScrollback), 10000).toInt();
    return appearance;
}

TerminalTab::TerminalTab(api::RestClient &rest, const api::Container &container, const QString &startFolder,
                         QWidget *parent)
    : QWidget(parent)
    , m_rest(rest)
    , m_containerId(container.id)
    , m_containerName(container.name)
    , m_appearance(TerminalAppearance::fromSettings())
    , m_root(new QSplitter(Qt::Horizontal))
    , m_status(new QLabel)
    , m_setup(new QLabel)
    , m_usage(new QLabel)
{
    setObjectName(QStringLiteral("terminalTab"));
    installColorSchemes();
    m_status->setObjectName(QStringLiteral("terminalStatus"));
    m_setup->setObjectName(QStringLiteral("terminalSetup"));
    m_usage->setObjectName(QStringLiteral("terminalUsage"));
    auto *strip = new QWidget;
    strip->setObjectName(QStringLiteral("terminalStrip"));
    strip->setAttribute(Qt::WA_StyledBackground);
    // A slim strip in the terminal's own colours, so that tab and terminal read as one.
    strip->setStyleSheet(QStringLiteral("#terminalStrip { background: #161b22; border-bottom: 1px solid #30363d; }"
                                        "#terminalStrip QLabel { color: #8b949e; }"));
    auto *stripLayout = new QHBoxLayout(strip);
    stripLayout->setContentsMargins(8, 2, 8, 2);
    stripLayout->addWidget(m_status);
    stripLayout->addWidget(m_setup, 1);
    stripLayout->addWidget(m_usage);
    m_root->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(strip);
    layout->addWidget(m_root, 1);
    createActions();
    setCurrent(addPane(false));
    m_current->session()->setStartFolder(startFolder);
    m_root->addWidget(m_current);
    updateStrip();
}

TerminalTab::~TerminalTab()
{
    // The panes close their sessions as they go; this tab's labels may already be gone by then.
    for (TerminalPane *pane : panes()) {
        if (pane->session())
            pane->session()->disconnect(this);
    }
}

void TerminalTab::createActions()
{
    const struct {
        const char *name;
        QString text;
        QKeySequence keys;
        std::function<void()> run;
    } specs[] = {
        {"actionSplitSideBySide", tr("Split Side by Side"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D),
         [this] { split(Qt::Horizontal); }},
        {"actionSplitAbove", tr("Split One Above the Other"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E),
         [this] { split(Qt::Vertical); }},
        {"actionFocusLeft", tr("Focus Pane on the Left"), QKeySequence(Qt::ALT | Qt::Key_Left),
         [this] { focusNeighbour(Qt::Horizontal, -1); }},
        {"actionFocusRight", tr("Focus Pane on the Right"), QKeySequence(Qt::ALT | Qt::Key_Right),
         [this] { focusNeighbour(Qt::Horizontal, 1); }},
        {"actionFocusUp", tr("Focus Pane Above"), QKeySequence(Qt::ALT | Qt::Key_Up), [this] { focusNeighbour(Qt::Vertical, -1); }},
        {"actionFocusDown", tr("Focus Pane Below"), QKeySequence(Qt::ALT | Qt::Key_Down),
         [this] { focusNeighbour(Qt::Vertical, 1); }},
        {"actionSearch", tr("Search Scrollback"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F),
         [this] { if (m_current) m_current->terminal()->toggleShowSearchBar(); }},
        {"actionCopy", tr("Copy"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C),
         [this] { if (m_current) m_current->terminal()->copyClipboard(); }},
        {"actionPaste", tr("Paste"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V), [this] { if (m_current) m_current->paste(); }},
        {"actionZoomIn", tr("Zoom In"), QKeySequence(Qt::CTRL | Qt::Key_Equal), [this] { if (m_current) m_current->zoomIn(); }},
        {"actionZoomOut", tr("Zoom Out"), QKeySequence(Qt::CTRL | Qt::Key_Minus), [this] { if (m_current) m_current->zoomOut(); }},
        {"actionZoomReset", tr("Reset Zoom"), QKeySequence(Qt::CTRL | Qt::Key_0), [this] { if (m_current) m_current->zoomReset(); }},
    };
    for (const auto &spec : specs) {
        auto *action = new QAction(spec.text, this);
        action->setObjectName(QString::fromLatin1(spec.name));
        action->setShortcut(spec.keys);
        // Only while focus is in this tab, so that each tab's keys act on its own panes.
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, spec.run);
        addAction(action);
    }
}

TerminalPane *TerminalTab::addPane(bool newSession)
{
    auto *session = new TerminalSession(m_rest, m_containerId);
    session->setNewSession(newSession);
    auto *pane = new TerminalPane(session);
    pane->applyAppearance(m_appearance.font, m_appearance.colorScheme, m_appearance.scrollback);
    connect(pane, &TerminalPane::focused, this, &TerminalTab::setCurrent);
    connect(pane, &TerminalPane::titleChanged, this, [this] { updateStrip(); });
    connect(session, &TerminalSession::stateChanged, this, [this](TerminalSession::State state) {
        if (state == TerminalSession::State::Ready)
            m_setup->clear();
        updateStrip();
    });
    connect(session, &TerminalSession::containerStatusChanged, this, &TerminalTab::updateStrip);
    connect(session, &TerminalSession::statusLine, this, [this](const QString &text) {
        m_setup->setText(text);
    });
    connect(session, &TerminalSession::errorMessage, this, [this](const QString &text) {
        m_setup->setText(QStringLiteral("<span style=\"color:#cf222e\">%1</span>").arg(text.toHtmlEscaped()));
    });
    connect(session, &TerminalSession::statsChanged, this, [this](const api::TerminalStats &stats) {
        m_usage->setText(tr("CPU %1% · Memory %2").arg(stats.cpuPercent, 0, 'f', 1).arg(bytes(stats.memory)));
    });
    connect(session, &TerminalSession::restartRequired, this, &TerminalTab::restartRequested);
    connect(session, &TerminalSession::handshakeRefused, this, [this](const api::ApiError &error) {
        if (error.httpStatus == 423)
            emit codeRequired();
    });
    session->open();
    return pane;
}

QList<TerminalPane *> TerminalTab::panes() const
{
    return m_root->findChildren<TerminalPane *>();
}

bool TerminalTab::isConnected() const
{
    for (TerminalPane *pane : panes()) {
        if (pane->session() && pane->session()->state() == TerminalSession::State::Ready)
            return true;
    }
    return false;
}

void TerminalTab::setContainerId(const QString &id)
{
    m_containerId = id;
    for (TerminalPane *pane : panes())
        pane->session()->setContainerId(id);
}

void TerminalTab::setAppearance(const TerminalAppearance &appearance)
{
    m_appearance = appearance;
    for (TerminalPane *pane : panes())
        pane->applyAppearance(appearance.font, appearance.colorScheme, appearance.scrollback);
}

void TerminalTab::reconnectAll()
{
    for (TerminalPane *pane : panes()) {
        pane->setWaitingForStart(false);
        pane->session()->reconnect();
    }
}

void TerminalTab::waitForStart()
{
    for (TerminalPane *pane : panes())
        pane->setWaitingForStart(true);
}

bool TerminalTab::isWaitingForStart() const
{
    const QList<TerminalPane *> all = panes();
    return std::any_of(all.begin(), all.end(), [](const TerminalPane *pane) { return pane->isWaitingForStart(); });
}

void TerminalTab::setCurrent(TerminalPane *pane)
{
    m_current = pane;
    updateStrip();
}

void TerminalTab::split(Qt::Orientation orientation)
{
    TerminalPane *current = m_current ? m_current.data() : panes().value(0);
    if (!current)
        return;
    auto *parentSplitter = qobject_cast<QSplitter *>(current->parentWidget());
    TerminalPane *pane = addPane(true);
    const int index = parentSplitter->indexOf(current);
    if (parentSplitter->orientation() == orientation || parentSplitter->count() == 1) {
        parentSplitter->setOrientation(orientation);
        parentSplitter->insertWidget(index + 1, pane);
    } else {
        // The other direction: the current pane and the new one share a splitter of their own.
        const QList<int> sizes = parentSplitter->sizes();
        auto *nested = new QSplitter(orientation);
        nested->setChildrenCollapsible(false);
        parentSplitter->replaceWidget(index, nested);
        nested->addWidget(current);
        nested->addWidget(pane);
        parentSplitter->setSizes(sizes);
    }
    // Equal shares in the splitter that grew.
    auto *grown = qobject_cast<QSplitter *>(pane->parentWidget());
    QList<int> equal(grown->count(), 1000);
    grown->setSizes(equal);
    pane->terminal()->setFocus();
    setCurrent(pane);
}

void TerminalTab::focusNeighbour(Qt::Orientation orientation, int direction)
{
    if (!m_current)
        return;
    // The nearest pane whose centre lies that way.
    const QPoint from = m_current->mapTo(this, m_current->rect().center());
    TerminalPane *best = nullptr;
    int bestDistance = INT_MAX;
    for (TerminalPane *pane : panes()) {
        if (pane == m_current)
            continue;
        const QPoint to = pane->mapTo(this, pane->rect().center());
        const int along = orientation == Qt::Horizontal ? to.x() - from.x() : to.y() - from.y();
        if (along * direction <= 0)
            continue;
        const int distance = (to - from).manhattanLength();
        if (distance < bestDistance) {
            bestDistance = distance;
            best = pane;
        }
    }
    if (best) {
        best->terminal()->setFocus();
        setCurrent(best);
    }
}

void TerminalTab::updateStrip()
{
    TerminalPane *pane = m_current ? m_current.data() : panes().value(0);
    if (!pane || !pane->session())
        return;
    using State = TerminalSession::State;
    const TerminalSession *session = pane->session();
    QString state;
    switch (session->state()) {
    case State::Idle:
    case State::Connecting:
        state = tr("Connecting");
        break;
    case State::Starting:
        state = tr("Starting shell");
        break;
    case State::Ready:
        state = session->containerStatus().isEmpty() ? tr("Connected") : session->containerStatus();
        break;
    case State::Reconnecting:
        state = tr("Reconnecting");
        break;
    case State::RestartNeeded:
        state = tr("Container stopped");
        break;
    case State::Failed:
        state = tr("Disconnected");
        break;
    case State::Closed:
        state = tr("Closed");
        break;
    }
    const char *colour = session->state() == State::Ready ? "#3fb950"
        : session->state() == State::Failed || session->state() == State::RestartNeeded ? "#f85149"
                                                                                        : "#d29922";
    m_status->setText(QStringLiteral("<span style=\"color:%1\">●</span> %2")
                          .arg(QLatin1StringView(colour), state.toHtmlEscaped()));
    // QTermWidget names itself until the shell sets a title of its own.
    QString shellTitle = pane->terminal()->title();
    if (shellTitle == u"QTermWidget")
        shellTitle.clear();
    emit titleChanged(shellTitle.isEmpty() ? m_containerName : tr("%1 — %2").arg(m_containerName, shellTitle));
}

void TerminalTab::closeEvent(QCloseEvent *event)
{
    if (isConnected()) {
        QMessageBox box(QMessageBox::Question, tr("Close Terminal"),
                        tr("Close the terminal of “%1”? Its shell ends.").arg(m_containerName), QMessageBox::Cancel, this);
        box.setObjectName(QStringLiteral("closeTerminalConfirmation"));
        QPushButton *close = box.addButton(tr("Close"), QMessageBox::AcceptRole);
        close->setObjectName(QStringLiteral("confirmCloseTerminal"));
        box.exec();
        if (box.clickedButton() != close) {
            event->ignore();
            return;
        }
    }
    for (TerminalPane *pane : panes())
        pane->session()->close();
    event->accept();
}

} // namespace rexec::ui
