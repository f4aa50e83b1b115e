// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "local/localconfig.h"
#include "local/localcontainer.h"
#include "local/localimage.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>

#include <memory>

namespace rexec::local {

class Sandbox;

// An HTTP status and JSON body, as the real server answers.
struct Reply {
    int status = 200;
    QJsonObject body;
};

// Owns every container of rexec-local: records on disk, sandboxes, the creation stages, start,
// stop and delete, and the events the real server sends about them.
class ContainerManager : public QObject
{
    Q_OBJECT
public:
    enum class IdForms { DockerOrUuid, DockerOnly, DockerNameOrPrefix };

    ContainerManager(const LocalConfig &config, const ImageCatalog &images, QString userId, QObject *parent = nullptr);
    ~ContainerManager() override;

    QList<LocalContainer> containers() const; // newest first, as the real server sorts
    const LocalContainer *find(const QString &key, IdForms forms) const;
    Sandbox *sandbox(const QString &dbId) const;
    QString stateDir(const QString &dbId) const;
    const ImageCatalog &images() const { return m_images; }

    QJsonObject listJson(bool forEvents = false) const;
    Reply create(const QJsonObject &request);
    Reply start(const QString &id);
    Reply stop(const QString &id);
    Reply remove(const QString &id);
    void touch(const QString &dbId);
    // Sets and keeps the terminal MFA lock. Like the real server it sends no event: clients learn
    // of it from the next GET /api/containers.
    void setMfaLocked(const QString &dbId, bool locked);

    static bool isValidName(const QString &name);
    static QString generateName();

signals:
    // A frame for the events socket: type and its `container` payload.
    void event(const QString &type, const QJsonObject &container);
    void statusChanged(const QString &dbId, const QString &status);
    // The sandbox is gone: terminals in it must close with 4100.
    void sandboxStopped(const QString &dbId);

private:
    struct Entry;
    Entry *entryFor(const QString &dbId) const;
    void load();
    void save(const LocalContainer &container) const;
    void setStatus(Entry &entry, const QString &status);
    void progress(const QString &dbId, const QString &stage, const QString &message, double percent,
                  const QJsonObject &extra = {});
    void runCreation(const QString &dbId);
    void startSandbox(Entry &entry);
    int countFor(const QString &userId) const;

    LocalConfig m_config;
    ImageCatalog m_images;
    QString m_userId;
    QHash<QString, std::shared_ptr<Entry>> m_entries; // by dbId
};

} // namespace rexec::local
