// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

class QTabWidget;
class QTreeView;
class QSplitter;

namespace rexec::ui {

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);

private:
    void createActions();

    QSplitter *m_splitter = nullptr;
    QTreeView *m_containerView = nullptr;
    QTabWidget *m_workArea = nullptr;
};

} // namespace rexec::ui
