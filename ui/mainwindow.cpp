// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include <QAction>
#include <QIcon>
#include <QLabel>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QTreeView>

namespace rexec::ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Rexec Desktop"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/rexec-desktop.svg")));

    m_containerView = new QTreeView;
    m_containerView->setObjectName(QStringLiteral("containerView"));
    m_containerView->setRootIsDecorated(false);
    m_containerView->setAccessibleName(tr("Containers"));

    m_workArea = new QTabWidget;
    m_workArea->setObjectName(QStringLiteral("workArea"));
    m_workArea->setDocumentMode(true);
    m_workArea->setTabsClosable(true);
    m_workArea->setMovable(true);
    auto *placeholder = new QLabel(tr("Open a terminal or the files of a container to work in it here."));
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setWordWrap(true);
    placeholder->setEnabled(false);
    m_workArea->addTab(placeholder, tr("Start"));

    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_containerView);
    m_splitter->addWidget(m_workArea);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({360, 840});
    setCentralWidget(m_splitter);

    createActions();
    statusBar()->showMessage(tr("Offline"));
    resize(1200, 760);
}

void MainWindow::createActions()
{
    auto *toolbar = addToolBar(tr("Containers"));
    toolbar->setObjectName(QStringLiteral("containerToolBar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->setMovable(false);
    const struct {
        const char *objectName;
        QString text;
        QKeySequence shortcut;
    } specs[] = {
        {"actionNew", tr("&New"), QKeySequence::New},
        {"actionStart", tr("&Start"), {}},
        {"actionStop", tr("S&top"), {}},
        {"actionDelete", tr("&Delete"), QKeySequence::Delete},
        {"actionOpenTerminal", tr("Open &Terminal"), {}},
        {"actionOpenFiles", tr("Open &Files"), {}},
        {"actionRefresh", tr("&Refresh"), QKeySequence::Refresh},
    };
    for (const auto &spec : specs) {
        auto *action = toolbar->addAction(spec.text);
        action->setObjectName(QString::fromLatin1(spec.objectName));
        action->setShortcut(spec.shortcut);
        action->setEnabled(false);
    }
}

} // namespace rexec::ui
