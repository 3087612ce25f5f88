// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/RegionCatalog.h"

namespace eipdesk::sandbox {

namespace {
RegionInfo region(const char* id, const char* zh, const char* en, bool mainland) {
    return {QString::fromLatin1(id), QString::fromUtf8(zh), QString::fromUtf8(en), mainland};
}
} // namespace

const QList<RegionInfo>& RegionCatalog::all() {
    static const QList<RegionInfo> regions{
        region("ap-guangzhou", "华南地区(广州)", "South China(Guangzhou)", true),
        region("ap-hongkong", "港澳台地区(中国香港)",
               "Hong Kong, Macau and Taiwan (China)(Hong Kong, China)", false),
        region("ap-shanghai", "华东地区(上海)", "East China(Shanghai)", true),
        region("ap-singapore", "亚太东南(新加坡)", "Southeast Asia(Singapore)", false),
        region("ap-beijing", "华北地区(北京)", "North China(Beijing)", true),
        region("ap-tokyo", "亚太东北(东京)", "Northeast Asia(Tokyo)", false),
        region("ap-nanjing", "华东地区(南京)", "East China(Nanjing)", true),
        region("na-siliconvalley", "美国西部(硅谷)", "West US(Silicon Valley)", false),
        region("ap-chengdu", "西南地区(成都)", "Southwest China(Chengdu)", true),
        region("eu-frankfurt", "欧洲地区(法兰克福)", "Europe(Frankfurt)", false),
        region("ap-chongqing", "西南地区(重庆)", "Southwest China(Chongqing)", true),
        region("ap-seoul", "亚太东北(首尔)", "Northeast Asia(Seoul)", false),
        region("ap-shanghai-fsi", "华东地区(上海金融)", "East China(Shanghai Finance)", true),
        region("ap-bangkok", "亚太东南(曼谷)", "Southeast Asia(Bangkok)", false),
        region("ap-shenzhen-fsi", "华南地区(深圳金融)", "South China(Shenzhen Finance)", true),
        region("ap-jakarta", "亚太东南(雅加达)", "Southeast Asia(Jakarta)", false),
        region("ap-guiyang", "西南地区(贵阳)", "Southwest China(Guiyang)", true),
        region("na-ashburn", "美国东部(弗吉尼亚)", "East US(Virginia)", false),
        region("ap-xian-ec", "西北地区(西安)", "Northwest China(Xi'an)", true),
        region("sa-saopaulo", "南美地区(圣保罗)", "South America(São Paulo)", false),
    };
    return regions;
}

QList<RegionInfo> RegionCatalog::first(int count) {
    return all().mid(0, qBound(1, count, int(all().size())));
}

const RegionInfo* RegionCatalog::find(const QString& id) {
    for (const RegionInfo& r : all())
        if (r.id == id)
            return &r;
    return nullptr;
}

} // namespace eipdesk::sandbox
