// SPDX-License-Identifier: GPL-3.0-or-later
#include "containerfilterproxy.h"

#include "api/containers.h"
#include "containers/containermodel.h"

namespace rexec::ui {

using containers::ContainerModel;

ContainerFilterProxy::ContainerFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ContainerModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void ContainerFilterProxy::setText(const QString &text)
{
    m_words = text.split(u' ', Qt::SkipEmptyParts);
    invalidateRowsFilter();
}

void ContainerFilterProxy::setStateFilter(StateFilter filter)
{
    if (m_state == filter)
        return;
    m_state = filter;
    invalidateRowsFilter();
}

bool ContainerFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    using Kind = api::Container::StatusKind;
    const auto kind = Kind(index.data(ContainerModel::StatusKindRole).toInt());
    if (m_state == StateFilter::Running && kind != Kind::Running && kind != Kind::Configuring)
        return false;
    if (m_state == StateFilter::Stopped && kind != Kind::Stopped && kind != Kind::Offline && kind != Kind::Error
        && kind != Kind::Paused)
        return false;
    if (m_words.isEmpty())
        return true;
    QString haystack;
    for (int column = 0; column < sourceModel()->columnCount(sourceParent); ++column)
        haystack += sourceModel()->index(sourceRow, column, sourceParent).data().toString() + u' ';
    haystack += index.data(ContainerModel::StatusRole).toString();
    for (const QString &word : m_words) {
        if (!haystack.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

} // namespace rexec::ui
