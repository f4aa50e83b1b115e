// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/catalog.h"

#include "api/jsonread.h"

#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace rexec::api {

namespace {

QString stringAt(const QJsonObject &object, QLatin1StringView key)
{
    return json::toString(object.value(key)).value_or(QString());
}

QList<ImageInfo> imagesFrom(const QJsonValue &value)
{
    QList<ImageInfo> images;
    const QJsonArray array = value.toArray();
    images.reserve(array.size());
    for (const QJsonValue &item : array) {
        if (!item.isObject())
            continue;
        ImageInfo image = ImageInfo::fromJson(item.toObject());
        if (!image.name.isEmpty())
            images.append(std::move(image));
    }
    return images;
}

} // namespace

ImageInfo ImageInfo::fromJson(const QJsonObject &object)
{
    ImageInfo image;
    image.name = stringAt(object, "name"_L1);
    image.displayName = stringAt(object, "display_name"_L1);
    image.description = stringAt(object, "description"_L1);
    image.category = stringAt(object, "category"_L1);
    image.tags = json::toStringList(object.value("tags"_L1));
    image.popular = json::toBool(object.value("popular"_L1)).value_or(false);
    return image;
}

ImageCatalog ImageCatalog::fromJson(const QJsonObject &object)
{
    ImageCatalog catalog = fromJson(json::arrayAt(object, "images"_L1));
    if (const QJsonValue categories = object.value("categories"_L1); categories.isObject()) {
        catalog.categories.clear();
        const QJsonObject map = categories.toObject();
        for (auto it = map.begin(); it != map.end(); ++it) {
            QList<ImageInfo> images = imagesFrom(it.value());
            if (!images.isEmpty())
                catalog.categories.insert(it.key(), std::move(images));
        }
    }
    if (const QJsonValue popular = object.value("popular"_L1); popular.isArray())
        catalog.popular = imagesFrom(popular);
    return catalog;
}

ImageCatalog ImageCatalog::fromJson(const QJsonArray &array)
{
    ImageCatalog catalog;
    catalog.images = imagesFrom(array);
    for (const ImageInfo &image : std::as_const(catalog.images)) {
        if (!image.category.isEmpty())
            catalog.categories[image.category].append(image);
        if (image.popular)
            catalog.popular.append(image);
    }
    return catalog;
}

ImageCatalog ImageCatalog::fromJsonValue(const QJsonValue &value)
{
    if (value.isArray())
        return fromJson(value.toArray());
    return fromJson(value.toObject());
}

QList<ImageInfo> ImageCatalog::allImages() const
{
    QList<ImageInfo> all;
    QSet<QString> seen;
    const auto add = [&](const QList<ImageInfo> &images) {
        for (const ImageInfo &image : images) {
            if (!seen.contains(image.name)) {
                seen.insert(image.name);
                all.append(image);
            }
        }
    };
    add(images);
    for (const QList<ImageInfo> &category : categories)
        add(category);
    return all;
}

RoleInfo RoleInfo::fromJson(const QJsonObject &object)
{
    RoleInfo role;
    role.id = stringAt(object, "id"_L1);
    role.name = stringAt(object, "name"_L1);
    role.description = stringAt(object, "description"_L1);
    role.icon = stringAt(object, "icon"_L1);
    role.packages = json::toStringList(object.value("packages"_L1));
    return role;
}

RoleList RoleList::fromJson(const QJsonObject &object)
{
    return fromJson(json::arrayAt(object, "roles"_L1));
}

RoleList RoleList::fromJson(const QJsonArray &array)
{
    RoleList list;
    list.roles.reserve(array.size());
    for (const QJsonValue &item : array) {
        if (!item.isObject())
            continue;
        RoleInfo role = RoleInfo::fromJson(item.toObject());
        if (!role.id.isEmpty())
            list.roles.append(std::move(role));
    }
    return list;
}

RoleList RoleList::fromJsonValue(const QJsonValue &value)
{
    if (value.isArray())
        return fromJson(value.toArray());
    return fromJson(value.toObject());
}

} // namespace rexec::api
