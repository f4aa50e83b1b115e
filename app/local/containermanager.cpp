// SPDX-License-Identifier: GPL-3.0-or-later
#include "local/containermanager.h"

#include "local/sandbox.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTimer>
#include <QUuid>

#include <algorithm>

namespace rexec::local {

struct ContainerManager::Entry {
    LocalContainer container;
    std::unique_ptr<Sandbox> sandbox;
    bool deleted = false;
};

namespace {

QString dockerStyleId()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
    return QString::fromLatin1(bytes.toHex());
}

QJsonObject error(const QString &message)
{
    return {{QStringLiteral("error"), message}};
}

// Go's encoding/json reports a wrong type as "cannot unmarshal X into Go struct field ...".
QString jsonTypeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool: return QStringLiteral("bool");
    case QJsonValue::Double: return QStringLiteral("number");
    case QJsonValue::String: return QStringLiteral("string");
    case QJsonValue::Array: return QStringLiteral("array");
    case QJsonValue::Object: return QStringLiteral("object");
    default: return QStringLiteral("null");
    }
}

std::optional<QString> typeError(const QJsonObject &request)
{
    const struct {
        const char16_t *field;
        QJsonValue::Type type;
        const char *goType;
    } fields[] = {
        {u"image", QJsonValue::String, "string"},       {u"custom_image", QJsonValue::String, "string"},
        {u"name", QJsonValue::String, "string"},        {u"role", QJsonValue::String, "string"},
        {u"memory_mb", QJsonValue::Double, "int64"},    {u"cpu_shares", QJsonValue::Double, "int64"},
        {u"disk_mb", QJsonValue::Double, "int64"},      {u"shell", QJsonValue::Object, "models.ShellOptions"},
        {u"environment", QJsonValue::Object, "map[string]string"},
        {u"labels", QJsonValue::Object, "map[string]string"},
    };
    for (const auto &f : fields) {
        const QJsonValue value = request.value(QStringView(f.field));
        if (value.isUndefined() || value.isNull() || value.type() == f.type)
            continue;
        return QStringLiteral("json: cannot unmarshal %1 into Go struct field CreateContainerRequest.%2 of type %3")
            .arg(jsonTypeName(value), QStringView(f.field).toString(), QLatin1StringView(f.goType));
    }
    for (const char16_t *mapField : {u"environment", u"labels"}) {
        const QJsonObject map = request.value(QStringView(mapField)).toObject();
        for (auto it = map.begin(); it != map.end(); ++it) {
            if (!it.value().isString())
                return QStringLiteral("json: cannot unmarshal %1 into Go struct field CreateContainerRequest.%2 of type string")
                    .arg(jsonTypeName(it.value()), QStringView(mapField).toString());
        }
    }
    return std::nullopt;
}

} // namespace

ContainerManager::ContainerManager(const LocalConfig &config, const ImageCatalog &images, QString userId,
                                   QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_images(images)
    , m_userId(std::move(userId))
{
    load();
}

ContainerManager::~ContainerManager() = default;

bool ContainerManager::isValidName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$"));
    return pattern.match(name).hasMatch();
}

QString ContainerManager::generateName()
{
    static const char *const adjectives[] = {"swift", "calm", "bright", "brave", "quiet", "lucky", "eager", "gentle"};
    static const char *const animals[] = {"otter", "falcon", "badger", "heron", "lynx", "panda", "raven", "tiger"};
    auto *random = QRandomGenerator::global();
    return QStringLiteral("%1-%2-%3")
        .arg(QLatin1StringView(adjectives[random->bounded(8)]), QLatin1StringView(animals[random->bounded(8)]))
        .arg(random->bounded(100, 1000));
}

QString ContainerManager::stateDir(const QString &dbId) const
{
    return QDir(m_config.dataDir).filePath(QStringLiteral("containers/") + dbId);
}

ContainerManager::Entry *ContainerManager::entryFor(const QString &dbId) const
{
    const auto it = m_entries.find(dbId);
    return it == m_entries.end() || it.value()->deleted ? nullptr : it.value().get();
}

void ContainerManager::load()
{
    QDir dir(QDir(m_config.dataDir).filePath(QStringLiteral("containers")));
    for (const QString &dbId : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile file(dir.filePath(dbId + QStringLiteral("/container.json")));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        auto entry = std::make_shared<Entry>();
        entry->container = LocalContainer::fromStorageJson(QJsonDocument::fromJson(file.readAll()).object());
        if (entry->container.dbId != dbId)
            continue;
        // Nothing runs across a restart of rexec-local: what was running is stopped now.
        if (entry->container.status != u"error" && entry->container.status != u"stopped")
            entry->container.status = entry->container.id == dbId ? QStringLiteral("error") : QStringLiteral("stopped");
        m_entries.insert(dbId, entry);
    }
}

void ContainerManager::save(const LocalContainer &container) const
{
    const QString dir = stateDir(container.dbId);
    QDir().mkpath(dir);
    QSaveFile out(dir + QStringLiteral("/container.json"));
    if (out.open(QIODevice::WriteOnly)) {
        out.write(QJsonDocument(container.toStorageJson()).toJson());
        out.commit();
    }
}

QList<LocalContainer> ContainerManager::containers() const
{
    QList<LocalContainer> out;
    for (const auto &entry : m_entries) {
        if (!entry->deleted)
            out << entry->container;
    }
    std::sort(out.begin(), out.end(),
              [](const LocalContainer &a, const LocalContainer &b) { return a.createdAt > b.createdAt; });
    return out;
}

int ContainerManager::countFor(const QString &userId) const
{
    return int(std::count_if(m_entries.begin(), m_entries.end(), [&](const auto &e) {
        return !e->deleted && e->container.userId == userId;
    }));
}

const LocalContainer *ContainerManager::find(const QString &key, IdForms forms) const
{
    if (key.isEmpty())
        return nullptr;
    for (const auto &entry : m_entries) {
        if (entry->deleted)
            continue;
        const LocalContainer &c = entry->container;
        const bool hasDockerId = c.id != c.dbId;
        if (hasDockerId && c.id == key)
            return &c;
        switch (forms) {
        case IdForms::DockerOrUuid:
            if (c.dbId == key)
                return &c;
            break;
        case IdForms::DockerOnly:
            break;
        case IdForms::DockerNameOrPrefix:
            if (c.name == key || (hasDockerId && key.size() >= 12 && c.id.startsWith(key)))
                return &c;
            break;
        }
    }
    return nullptr;
}

Sandbox *ContainerManager::sandbox(const QString &dbId) const
{
    Entry *entry = entryFor(dbId);
    return entry && entry->sandbox && entry->sandbox->isRunning() ? entry->sandbox.get() : nullptr;
}

QJsonObject ContainerManager::listJson(bool forEvents) const
{
    QJsonArray items;
    for (const auto &c : containers())
        items.append(c.toListJson(!forEvents));
    // The real server answers null, not [], when there is nothing to list.
    return {{QStringLiteral("containers"), items.isEmpty() ? QJsonValue() : QJsonValue(items)},
            {QStringLiteral("count"), items.size()},
            {QStringLiteral("limit"), m_config.containerLimit}};
}

void ContainerManager::touch(const QString &dbId)
{
    if (Entry *entry = entryFor(dbId))
        entry->container.lastUsedAt = QDateTime::currentDateTimeUtc();
}

void ContainerManager::setMfaLocked(const QString &dbId, bool locked)
{
    Entry *entry = entryFor(dbId);
    if (!entry || entry->container.mfaLocked == locked)
        return;
    entry->container.mfaLocked = locked;
    save(entry->container);
}

void ContainerManager::setStatus(Entry &entry, const QString &status)
{
    if (entry.container.status == status)
        return;
    entry.container.status = status;
    save(entry.container);
    emit statusChanged(entry.container.dbId, status);
}

void ContainerManager::progress(const QString &dbId, const QString &stage, const QString &message, double percent,
                                const QJsonObject &extra)
{
    QJsonObject payload{{QStringLiteral("id"), dbId},
                        {QStringLiteral("stage"), stage},
                        {QStringLiteral("message"), message},
                        {QStringLiteral("progress"), percent},
                        {QStringLiteral("complete"), false}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        payload.insert(it.key(), it.value());
    emit event(QStringLiteral("progress"), payload);
}

Reply ContainerManager::create(const QJsonObject &request)
{
    if (auto wrongType = typeError(request))
        return {400, error(*wrongType)};
    const QString imageKey = request.value(u"image").toString();
    if (imageKey.isEmpty())
        return {400, error(QStringLiteral("Key: 'CreateContainerRequest.Image' Error:Field validation for 'Image' "
                                          "failed on the 'required' tag"))};
    std::optional<LocalImage> image;
    if (imageKey == u"custom") {
        const QString custom = request.value(u"custom_image").toString();
        static const QRegularExpression customPattern(QStringLiteral("^[A-Za-z0-9._/-]+(:[A-Za-z0-9._-]+)?$"));
        if (custom.isEmpty())
            return {400, error(QStringLiteral("custom_image is required when image is 'custom'"))};
        if (custom.size() > 256 || !customPattern.match(custom).hasMatch())
            return {400, error(QStringLiteral("invalid custom_image format"))};
        image = m_images.resolve(custom);
    } else {
        image = m_images.resolve(imageKey);
    }
    if (!image) {
        QJsonObject body = error(QStringLiteral("unsupported image type"));
        body.insert(QStringLiteral("supported_images"), QJsonArray::fromStringList(m_images.keys()));
        return {400, body};
    }
    QString name = request.value(u"name").toString();
    if (name.isEmpty()) {
        do {
            name = generateName();
        } while (std::any_of(m_entries.begin(), m_entries.end(),
                             [&](const auto &e) { return !e->deleted && e->container.name == name; }));
    } else if (!isValidName(name)) {
        return {400, error(QStringLiteral("invalid container name: must be 1-64 characters of letters, digits, '-' "
                                          "and '_', and must not start with '-' or '_'"))};
    }
    const int current = countFor(m_userId);
    if (current >= m_config.containerLimit) {
        QJsonObject body = error(QStringLiteral("container limit reached"));
        body.insert(QStringLiteral("current"), current);
        body.insert(QStringLiteral("limit"), m_config.containerLimit);
        body.insert(QStringLiteral("tier"), m_config.tier);
        body.insert(QStringLiteral("message"),
                    QStringLiteral("You have reached the maximum of %1 containers for your plan").arg(m_config.containerLimit));
        return {403, body};
    }
    for (const auto &e : m_entries) {
        if (!e->deleted && e->container.name == name)
            return {409, {{QStringLiteral("error"), QStringLiteral("container with this name already exists")},
                          {QStringLiteral("name"), name}}};
    }

    auto entry = std::make_shared<Entry>();
    LocalContainer &c = entry->container;
    c.dbId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    c.id = c.dbId;
    c.userId = m_userId;
    c.name = name;
    c.image = image->key;
    c.role = request.value(u"role").toString(QStringLiteral("standard"));
    c.status = QStringLiteral("creating");
    c.createdAt = QDateTime::currentDateTimeUtc();
    c.lastUsedAt = c.createdAt;
    auto clamp = [&request](const char16_t *field, qint64 fallback, qint64 low, qint64 high) {
        const QJsonValue v = request.value(QStringView(field));
        return v.isDouble() ? std::clamp<qint64>(v.toInteger(fallback), low, high) : fallback;
    };
    c.memoryMb = clamp(u"memory_mb", c.memoryMb, 256, 4096);
    c.cpuShares = clamp(u"cpu_shares", c.cpuShares, 250, 4000);
    c.diskMb = clamp(u"disk_mb", c.diskMb, 1024, 16384);
    for (const char16_t *field : {u"environment", u"labels"}) {
        const QJsonObject map = request.value(QStringView(field)).toObject();
        auto &target = QStringView(field) == u"environment" ? c.environment : c.labels;
        for (auto it = map.begin(); it != map.end(); ++it)
            target.insert(it.key(), it.value().toString());
    }
    c.useTmux = request.value(u"shell").toObject().value(u"use_tmux").toBool();
    m_entries.insert(c.dbId, entry);
    save(c);

    QJsonObject created = c.toListJson();
    created.insert(QStringLiteral("ip_address"), QStringLiteral("127.0.0.1"));
    emit event(QStringLiteral("created"), created);

    QJsonObject body = c.toListJson();
    body.remove(QStringLiteral("last_used_at"));
    body.remove(QStringLiteral("idle_seconds"));
    body.remove(QStringLiteral("mfa_locked"));
    body.insert(QStringLiteral("async"), true);
    body.insert(QStringLiteral("message"), QStringLiteral("Container is being created"));
    const QString dbId = c.dbId;
    QTimer::singleShot(m_config.createStepMs, this, [this, dbId] { runCreation(dbId); });
    return {202, body};
}

void ContainerManager::runCreation(const QString &dbId)
{
    Entry *entry = entryFor(dbId);
    if (!entry)
        return;
    progress(dbId, QStringLiteral("validating"), QStringLiteral("Validating request"), 10);
    QTimer::singleShot(m_config.createStepMs, this, [this, dbId] {
        if (!entryFor(dbId))
            return;
        progress(dbId, QStringLiteral("pulling"), QStringLiteral("Preparing image"), 15);
        QTimer::singleShot(m_config.createStepMs, this, [this, dbId] {
            Entry *entry = entryFor(dbId);
            if (!entry)
                return;
            progress(dbId, QStringLiteral("creating"), QStringLiteral("Creating container"), 35);
            QDir().mkpath(stateDir(dbId));
            startSandbox(*entry);
        });
    });
}

void ContainerManager::startSandbox(Entry &entry)
{
    const QString dbId = entry.container.dbId;
    const bool creating = entry.container.status == u"creating";
    Sandbox::Spec spec;
    spec.hostname = entry.container.name;
    spec.image = m_images.find(entry.container.image).value_or(m_images.images().constFirst());
    spec.stateDir = stateDir(dbId) + QStringLiteral("/fs");
    spec.environment = entry.container.environment;
    entry.sandbox = std::make_unique<Sandbox>(spec);
    Sandbox *sandbox = entry.sandbox.get();

    connect(sandbox, &Sandbox::started, this, [this, dbId, creating] {
        Entry *entry = entryFor(dbId);
        if (!entry)
            return;
        LocalContainer &c = entry->container;
        if (c.id == c.dbId)
            c.id = dockerStyleId();
        if (!creating) {
            setStatus(*entry, QStringLiteral("running"));
            return;
        }
        const QJsonObject withId{{QStringLiteral("container_id"), c.id}};
        progress(dbId, QStringLiteral("starting"), QStringLiteral("Starting container"), 85, withId);
        progress(dbId, QStringLiteral("starting"), QStringLiteral("Container started"), 55, withId);
        progress(dbId, QStringLiteral("configuring"), QStringLiteral("Configuring shell"), 90, withId);
        setStatus(*entry, QStringLiteral("configuring"));
        QJsonObject container{{QStringLiteral("id"), c.id},
                              {QStringLiteral("db_id"), c.dbId},
                              {QStringLiteral("user_id"), c.userId},
                              {QStringLiteral("name"), c.name},
                              {QStringLiteral("image"), c.image},
                              {QStringLiteral("status"), c.status},
                              {QStringLiteral("created_at"), goTime(c.createdAt)},
                              {QStringLiteral("ip_address"), QStringLiteral("127.0.0.1")},
                              {QStringLiteral("resources"), c.resourcesJson()}};
        const QJsonObject listed = c.toListJson();
        for (QLatin1StringView echoed : {QLatin1StringView("labels"), QLatin1StringView("environment")}) {
            if (listed.contains(echoed))
                container.insert(echoed, listed.value(echoed));
        }
        QJsonObject ready = withId;
        ready.insert(QStringLiteral("complete"), true);
        ready.insert(QStringLiteral("container"), container);
        progress(dbId, QStringLiteral("ready"), QStringLiteral("Container ready"), 100, ready);
        // The role's setup would run now; a local sandbox has nothing to install.
        QTimer::singleShot(m_config.createStepMs, this, [this, dbId] {
            Entry *entry = entryFor(dbId);
            if (!entry || entry->container.status != u"configuring")
                return;
            setStatus(*entry, QStringLiteral("running"));
            emit event(QStringLiteral("updated"), {{QStringLiteral("id"), entry->container.id},
                                                   {QStringLiteral("db_id"), dbId},
                                                   {QStringLiteral("status"), QStringLiteral("running")},
                                                   {QStringLiteral("role"), entry->container.role}});
        });
    });
    connect(sandbox, &Sandbox::failed, this, [this, dbId, creating, sandbox](const QString &reason) {
        Entry *entry = entryFor(dbId);
        if (!entry || entry->sandbox.get() != sandbox)
            return;
        entry->sandbox.release()->deleteLater();
        setStatus(*entry, QStringLiteral("error"));
        if (creating) {
            progress(dbId, QStringLiteral("error"), QStringLiteral("Container creation failed"), 100,
                     {{QStringLiteral("error"), reason}, {QStringLiteral("complete"), true}});
        }
        emit event(QStringLiteral("updated"), {{QStringLiteral("id"), entry->container.id},
                                               {QStringLiteral("db_id"), dbId},
                                               {QStringLiteral("status"), QStringLiteral("error")},
                                               {QStringLiteral("error"), reason}});
    });
    connect(sandbox, &Sandbox::stopped, this, [this, dbId, sandbox] {
        Entry *entry = entryFor(dbId);
        if (!entry || entry->sandbox.get() != sandbox)
            return;
        emit sandboxStopped(dbId);
        entry->sandbox.release()->deleteLater();
        if (entry->container.status != u"stopped") {
            setStatus(*entry, QStringLiteral("stopped"));
            emit event(QStringLiteral("updated"), {{QStringLiteral("id"), entry->container.id},
                                                   {QStringLiteral("db_id"), dbId},
                                                   {QStringLiteral("status"), QStringLiteral("stopped")}});
        }
    });
    sandbox->start();
}

Reply ContainerManager::start(const QString &id)
{
    const LocalContainer *found = find(id, IdForms::DockerOnly);
    if (!found)
        return {404, error(QStringLiteral("container not found"))};
    Entry *entry = entryFor(found->dbId);
    entry->container.lastUsedAt = QDateTime::currentDateTimeUtc();
    if (entry->sandbox && entry->sandbox->isStopping())
        entry->sandbox.release()->deleteLater(); // still ending; its files are free for the new one
    if (!entry->sandbox)
        startSandbox(*entry);
    // bubblewrap is up within milliseconds; the status is running as far as clients can act on it.
    setStatus(*entry, QStringLiteral("running"));
    const LocalContainer &c = entry->container;
    emit event(QStringLiteral("started"), {{QStringLiteral("id"), c.id},
                                           {QStringLiteral("db_id"), c.dbId},
                                           {QStringLiteral("name"), c.name},
                                           {QStringLiteral("image"), c.image},
                                           {QStringLiteral("status"), QStringLiteral("running")},
                                           {QStringLiteral("resources"), c.resourcesJson()}});
    return {200, {{QStringLiteral("message"), QStringLiteral("container started")},
                  {QStringLiteral("id"), c.id},
                  {QStringLiteral("name"), c.name},
                  {QStringLiteral("status"), QStringLiteral("running")}}};
}

Reply ContainerManager::stop(const QString &id)
{
    const LocalContainer *found = find(id, IdForms::DockerOnly);
    if (!found)
        return {404, error(QStringLiteral("container not found"))};
    Entry *entry = entryFor(found->dbId);
    // Like the real server, a stop sends no `stopped` event; the reply and GET tell the new status.
    setStatus(*entry, QStringLiteral("stopped"));
    if (entry->sandbox)
        entry->sandbox->stop();
    const LocalContainer &c = entry->container;
    return {200, {{QStringLiteral("message"), QStringLiteral("container stopped")},
                  {QStringLiteral("id"), c.id},
                  {QStringLiteral("name"), c.name},
                  {QStringLiteral("status"), QStringLiteral("stopped")}}};
}

Reply ContainerManager::remove(const QString &id)
{
    const LocalContainer *found = find(id, IdForms::DockerOrUuid);
    if (!found)
        return {404, error(QStringLiteral("container not found"))};
    const QString dbId = found->dbId;
    auto entry = m_entries.value(dbId);
    entry->deleted = true;
    const LocalContainer c = entry->container;
    const QString dir = stateDir(dbId);
    auto removeFiles = [this, dbId, dir] {
        if (auto gone = m_entries.value(dbId); gone && gone->sandbox)
            gone->sandbox.release()->deleteLater(); // we may be inside its own signal
        QString ignored;
        Sandbox::removeState(dir, &ignored);
        m_entries.remove(dbId);
    };
    if (entry->sandbox && entry->sandbox->isRunning()) {
        connect(entry->sandbox.get(), &Sandbox::stopped, this, removeFiles);
        entry->sandbox->stop();
    } else {
        removeFiles();
    }
    emit sandboxStopped(dbId);
    emit event(QStringLiteral("deleted"), {{QStringLiteral("id"), c.id}, {QStringLiteral("db_id"), dbId}});
    return {200, {{QStringLiteral("message"), QStringLiteral("container deleted")},
                  {QStringLiteral("id"), c.id},
                  {QStringLiteral("db_id"), dbId},
                  {QStringLiteral("name"), c.name}}};
}

} // namespace rexec::local
