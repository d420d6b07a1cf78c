/** Real-looking cost breakdowns (成本测算明细) for demo ex-ante applications, by field. */
export interface LineTemplate {
  name: string;
  unit: string;
  /** Unit price range in 元. */
  price: [number, number];
  basis: 'quota' | 'market' | 'history';
  note: string;
  /** Share of the requested amount this line takes. */
  share: number;
}

const common: LineTemplate[] = [
  {
    name: '项目管理、监理及预备费',
    unit: '项',
    price: [0, 0],
    basis: 'quota',
    note: '按发改价格〔2007〕670号监理收费标准',
    share: 0.04,
  },
];

const byField: Record<string, LineTemplate[]> = {
  education: [
    {
      name: '交互式智慧黑板（86英寸）',
      unit: '台',
      price: [16800, 19800],
      basis: 'market',
      note: '三家供应商询价平均价',
      share: 0.42,
    },
    {
      name: '学生计算机教室终端',
      unit: '台',
      price: [4200, 5200],
      basis: 'market',
      note: '政府采购网上商城比价',
      share: 0.26,
    },
    {
      name: '教室网络及布线改造',
      unit: '间',
      price: [6500, 8200],
      basis: 'history',
      note: '2024年同类项目结算价',
      share: 0.16,
    },
    {
      name: '教师信息化应用培训',
      unit: '人次',
      price: [380, 520],
      basis: 'quota',
      note: '区级培训费管理办法标准',
      share: 0.06,
    },
  ],
  health: [
    {
      name: '全自动生化分析仪',
      unit: '台',
      price: [580000, 720000],
      basis: 'market',
      note: '省采购平台挂网价',
      share: 0.38,
    },
    {
      name: '数字化X射线摄影系统（DR）',
      unit: '台',
      price: [950000, 1180000],
      basis: 'market',
      note: '三家厂商报价',
      share: 0.3,
    },
    {
      name: '诊室及功能用房改造',
      unit: '平方米',
      price: [1500, 1900],
      basis: 'quota',
      note: '湖北省装饰工程消耗量定额',
      share: 0.18,
    },
    {
      name: '医务人员设备操作培训',
      unit: '人次',
      price: [600, 800],
      basis: 'history',
      note: '上年度培训结算单价',
      share: 0.03,
    },
  ],
  infrastructure: [
    {
      name: '道路沥青路面铣刨重铺',
      unit: '平方米',
      price: [168, 215],
      basis: 'quota',
      note: '湖北省市政工程消耗量定额（2018）',
      share: 0.46,
    },
    {
      name: '人行道透水砖铺装',
      unit: '平方米',
      price: [235, 290],
      basis: 'quota',
      note: '湖北省市政工程消耗量定额（2018）',
      share: 0.2,
    },
    {
      name: '排水管网改造（DN600）',
      unit: '米',
      price: [1850, 2300],
      basis: 'history',
      note: '2024年同类工程结算价',
      share: 0.18,
    },
    { name: '交通标志标线', unit: '公里', price: [42000, 56000], basis: 'market', note: '询价', share: 0.06 },
  ],
  housing: [
    {
      name: '老旧小区屋面防水及外墙修缮',
      unit: '平方米',
      price: [185, 240],
      basis: 'quota',
      note: '湖北省房屋修缮工程定额',
      share: 0.44,
    },
    {
      name: '加装电梯补助',
      unit: '部',
      price: [150000, 200000],
      basis: 'quota',
      note: '区加装电梯财政补助标准',
      share: 0.24,
    },
    {
      name: '小区雨污分流改造',
      unit: '米',
      price: [980, 1250],
      basis: 'history',
      note: '2024年老旧小区改造结算价',
      share: 0.16,
    },
    {
      name: '充电桩及智能安防设施',
      unit: '套',
      price: [9800, 12800],
      basis: 'market',
      note: '三家供应商询价',
      share: 0.1,
    },
  ],
  socialSecurity: [
    {
      name: '社区养老服务站运营补贴',
      unit: '个',
      price: [180000, 240000],
      basis: 'quota',
      note: '区养老服务设施运营补贴办法',
      share: 0.45,
    },
    {
      name: '居家适老化改造',
      unit: '户',
      price: [4500, 6200],
      basis: 'quota',
      note: '省适老化改造补助标准',
      share: 0.27,
    },
    { name: '助餐配送服务', unit: '人次', price: [12, 16], basis: 'history', note: '2024年服务合同单价', share: 0.16 },
    {
      name: '养老护理员培训',
      unit: '人次',
      price: [800, 1100],
      basis: 'quota',
      note: '职业技能培训补贴标准',
      share: 0.05,
    },
  ],
};

const fallback: LineTemplate[] = [
  {
    name: '设备及软件购置',
    unit: '套',
    price: [85000, 120000],
    basis: 'market',
    note: '三家供应商询价平均价',
    share: 0.4,
  },
  {
    name: '工程施工',
    unit: '平方米',
    price: [1100, 1500],
    basis: 'quota',
    note: '湖北省建筑工程消耗量定额',
    share: 0.3,
  },
  {
    name: '专业服务外包',
    unit: '人月',
    price: [18000, 24000],
    basis: 'history',
    note: '上年度同类服务合同单价',
    share: 0.16,
  },
  { name: '宣传及培训', unit: '场', price: [8000, 12000], basis: 'history', note: '上年度结算单价', share: 0.05 },
];

export interface DemoCostLine {
  name: string;
  quantity: number;
  unit: string;
  unitPrice: number;
  amount: number;
  basis: 'quota' | 'market' | 'history';
  basisNote: string;
}

/** Lines whose amounts (quantity × unit price, 分) add up exactly to `requested`; the last line closes the sum. */
export function buildCostLines(fieldCode: string, requested: number, random: () => number): DemoCostLine[] {
  const templates = byField[fieldCode] ?? fallback;
  const lines: DemoCostLine[] = [];
  let used = 0;
  for (const t of templates) {
    const price = Math.round((t.price[0] + random() * (t.price[1] - t.price[0])) / 10) * 1000; // whole 10 元, in 分
    const quantity = Math.max(1, Math.floor((requested * t.share) / price));
    lines.push({
      name: t.name,
      quantity,
      unit: t.unit,
      unitPrice: price,
      amount: quantity * price,
      basis: t.basis,
      basisNote: t.note,
    });
    used += quantity * price;
  }
  const rest = requested - used;
  const c = common[0];
  lines.push({
    name: c.name,
    quantity: 1,
    unit: c.unit,
    unitPrice: rest,
    amount: rest,
    basis: c.basis,
    basisNote: c.note,
  });
  return lines;
}
