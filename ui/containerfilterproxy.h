// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace rexec::ui {

// The container list's filter: words matched against name, image, role and status, and a
// Running / Stopped / All choice. Sorting uses the model's SortRole.
class ContainerFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class StateFilter { All, Running, Stopped };
    Q_ENUM(StateFilter)

    explicit ContainerFilterProxy(QObject *parent = nullptr);

    void setText(const QString &text);
    void setStateFilter(StateFilter filter);
    StateFilter stateFilter() const { return m_state; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_words;
    StateFilter m_state = StateFilter::All;
};

} // namespace rexec::ui
