// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QHBoxLayout;
class QLineEdit;
class QStackedLayout;
class QToolButton;

namespace rexec::ui {

// Breadcrumbs for a remote path that turn into an editable path field on a click in their
// empty space, on Ctrl+L or through editPath(); Enter goes there, Escape returns.
class PathBar : public QWidget
{
    Q_OBJECT
public:
    explicit PathBar(QWidget *parent = nullptr);

    void setPath(const QString &path);
    QString path() const { return m_path; }
    // The label of the root crumb ("/"), e.g. the container's name.
    void setRootLabel(const QString &label);
    void editPath();
    bool isEditing() const;
    QLineEdit *lineEdit() const { return m_edit; }

signals:
    void pathRequested(const QString &path);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuild();
    void finishEditing(bool go);

    QString m_path;
    QString m_rootLabel;
    QStackedLayout *m_stack;
    QWidget *m_crumbs;
    QHBoxLayout *m_crumbLayout;
    QLineEdit *m_edit;
};

} // namespace rexec::ui
