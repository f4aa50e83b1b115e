// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace rexec::api {

// One image of GET /api/images. `name` is the key to send as CreateContainerRequest::image.
struct ImageInfo
{
    QString name;
    QString displayName;
    QString description;
    QString category;
    QStringList tags;
    bool popular = false;

    static ImageInfo fromJson(const QJsonObject &object);
    // What to show: the display name, else the key.
    QString label() const { return displayName.isEmpty() ? name : displayName; }

    friend bool operator==(const ImageInfo &, const ImageInfo &) = default;
};

// GET /api/images: {images, categories: {category: [...]}, popular}. Without `all=true`,
// `images` holds only the popular ones. Missing `categories` or `popular` are derived from
// `images`; a bare array is taken as `images`. Entries without a name are dropped.
struct ImageCatalog
{
    QList<ImageInfo> images;
    QMap<QString, QList<ImageInfo>> categories; // ordered by category key
    QList<ImageInfo> popular;

    static ImageCatalog fromJson(const QJsonObject &object);
    static ImageCatalog fromJson(const QJsonArray &array);
    static ImageCatalog fromJsonValue(const QJsonValue &value);

    // Every distinct image from `images` and all categories, in that order, first one wins.
    QList<ImageInfo> allImages() const;
};

// One role of GET /api/roles; `id` is the value to send as CreateContainerRequest::role.
struct RoleInfo
{
    QString id;
    QString name;
    QString description;
    QString icon;
    QStringList packages;

    static RoleInfo fromJson(const QJsonObject &object);

    friend bool operator==(const RoleInfo &, const RoleInfo &) = default;
};

// GET /api/roles: {roles: [...]} or a bare array. Entries without an id are dropped.
struct RoleList
{
    QList<RoleInfo> roles;

    static RoleList fromJson(const QJsonObject &object);
    static RoleList fromJson(const QJsonArray &array);
    static RoleList fromJsonValue(const QJsonValue &value);
};

} // namespace rexec::api
