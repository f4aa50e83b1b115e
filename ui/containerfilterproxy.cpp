// SPDX-License-Identifier: GPL-3.0-or-later
#include "containerfilterproxy.h"

#include "api/containers.h"
#include "containers/containermodel.h"

#include <algorithm>

namespace rexec::ui {

namespace {
constexpr qsizetype kMinIdPrefix = 3;
}

using containers::ContainerModel;

ContainerFilterProxy::ContainerFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ContainerModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
    // Re-filter a row only when its filter text changes (Qt checks the roles of dataChanged), not
    // on every status or "last used" repaint.
    setFilterRole(ContainerModel::FilterTextRole);
}

void ContainerFilterProxy::setText(const QString &text)
{
    QStringList words = text.toCaseFolded().split(u' ', Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = std::move(words);
    // One layout change rather than rows removed and inserted run by run: measured on 10,000 rows,
    // clearing the filter takes 27-42 ms this way against 31-52 ms, the first key 27 against 34.
    invalidate();
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
    const QString haystack = index.data(ContainerModel::FilterTextRole).toString();
    QString id;
    return std::ranges::all_of(m_words, [&](const QString &word) {
        if (haystack.contains(word))
            return true;
        // An id is matched by its start, as `docker ps` users type them.
        if (word.size() < kMinIdPrefix)
            return false;
        if (id.isNull())
            id = index.data(ContainerModel::IdRole).toString().toCaseFolded();
        return id.startsWith(word);
    });
}

} // namespace rexec::ui
