import type { DocumentType } from "@/lib/db/generated/enums";
import type { LocalizedText } from "@/lib/legal/legal-rule-schema";
import type { DocumentLocale } from "./document-types";

/*
 * The fixed wording of the case documents in both languages. Generated drafts, not UI:
 * the merchant edits them before they leave the company. Case data is interpolated by
 * generate-document.ts; the buyer's own words are always set off as a quotation.
 */

type Facts = { orderNo: string; claimed: string; platform: string; buyer: string; claimFiledAt: string; reason: string; product: string; deliveredAt: string };

type BasisLine = { law: string; article: string | null; version: string; from: string; to: string | null; summary: string; source: string; actOnly: boolean };

export const FINDING_TYPE_NAMES: Record<string, LocalizedText> = {
  aigc_label: { zh: "AI 生成内容隐式标识", en: "AI-content implicit label" },
  c2pa: { zh: "内容凭证（C2PA）", en: "Content Credentials (C2PA)" },
  generator_trace: { zh: "生成或编辑软件痕迹", en: "Generator or editor trace" },
  derived_from_reference: { zh: "由商品图修改而来", en: "Derived from the listing photo" },
  reuse: { zh: "图片重复使用", en: "Photo reused" },
  timeline: { zh: "拍摄时间异常", en: "Timeline inconsistency" },
  ela: { zh: "压缩误差不一致", en: "Compression inconsistency (ELA)" },
};

export const PSAPL_RENUMBERING: LocalizedText = {
  zh: "  注意：治安管理处罚法2025年修订（2026年1月1日起施行）后条文已重新编号、罚款幅度也有调整，引用前必须对照现行官方文本核对条文序号。",
  en: "  Note: the 2025 revision of the Public Security Administration Punishments Law (in force since 2026-01-01) renumbered its articles and changed the fines; check the article number against the current official text before citing it.",
};

function size(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} B`;
}

const zh = {
  unknown: "（未填写）",
  buyerId: "平台账号",
  nickname: "昵称",
  labels: {
    merchant: "商家",
    store: "店铺",
    product: "商品",
    orderNo: "订单号",
    trackingNo: "运单号",
    orderAmount: "订单金额",
    orderedAt: "下单日期",
    shippedAt: "发货日期",
    deliveredAt: "签收日期",
    buyer: "买家",
    claimFiledAt: "申请退款日期",
    claimed: "申请退款金额",
    reason: "买家所选理由",
  },
  field: (label: string, value: string) => `${label}：${value}`,
  noticeHeading: "重要提示",
  factsHeading: "订单与申请情况",
  claimHeading: "买家的申请原文",
  evidenceHeading: "证据清单（附 SHA-256 校验值）",
  basisHeading: "参考法律依据",
  checkHeading: "提交前须核实的事项",
  claimIntro: (f: Facts) => `买家于 ${f.claimFiledAt} 以“${f.reason}”为由申请仅退款 ${f.claimed}，其提交的文字如下（照录买家原话）：`,
  quote: (text: string) => `「${text}」`,
  noClaimText: "买家未提交文字说明。",
  noEvidence: "本案尚未上传证据文件。",
  evidenceLine: (n: number, kind: string, name: string, sha: string, bytes: number, day: string) =>
    `${n}. 【${kind}】${name}，${size(bytes)}，${day}，SHA-256：${sha}`,
  noConfirmedFindings: "买家图片的取证检查尚无经人工复核确认的结论。",
  findingLine: (name: string, explanation: string, photo: string | null, otherOrders: string[]) =>
    `经复核确认的取证结论【${name}】${photo ? `（${photo}）` : ""}：${explanation}${otherOrders.length ? `同一图片此前见于本店订单：${otherOrders.join("、")}。` : ""}`,
  packingVideoYes: (tracking: string) => `本店保存有运单 ${tracking} 的发货打包视频，记录了商品装箱时的完好状态。`,
  packingVideoNo: "本店暂未提供该订单的发货打包视频。",
  basisLine: (b: BasisLine) =>
    `- 《${b.law}》${b.article ?? "（条文序号待核实）"}（${b.version}，${b.from} 起施行${b.to ? `，至 ${b.to} 止` : ""}${b.actOnly ? "，申请发生时适用的版本" : ""}）：${b.summary} 来源：${b.source}`,
  cumulative: (count: number, counted: string, unconfirmed: string) =>
    count > 1
      ? `该买家在本店共有 ${count} 次退款申请，累计金额 ${counted}${unconfirmed !== "¥0.00" ? `（其中 ${unconfirmed} 尚未确认平台是否已支付）` : ""}。`
      : `该买家在本店仅有本次申请，金额 ${counted}${unconfirmed !== "¥0.00" ? "（平台是否已支付尚未确认）" : ""}。`,
  threshold: (province: string | null, figure: string, defaulted: boolean, category: string) =>
    `${province ? `${province}` : "本省"}诈骗罪“数额较大”标准按 ${figure} 计${defaulted ? "（未设置本省数额，采用全国幅度下限）" : ""}；按累计金额属于：${category}。`,
  titles: {
    PLATFORM_APPEAL: (f: Facts) => `关于订单 ${f.orderNo} 仅退款申请的申诉书`,
    POLICE_REPORT: (f: Facts) => `关于买家涉嫌以虚假图片骗取退款的报案材料（订单 ${f.orderNo}）`,
    CIVIL_COMPLAINT: (f: Facts) => `民事起诉状（草稿）——订单 ${f.orderNo} 退款返还纠纷`,
    AI_PROVIDER_INQUIRY: (f: Facts) => `关于核实一张 AI 生成图片来源的函（订单 ${f.orderNo}）`,
    PLATFORM_LIABILITY: (f: Facts) => `关于订单 ${f.orderNo} 退款损失的赔偿请求函`,
  } satisfies Record<DocumentType, (f: Facts) => string>,
  appeal: {
    partyHeading: "申诉方",
    groundsHeading: "申诉理由",
    requestHeading: "申诉请求",
    requests: [
      "1. 驳回买家的仅退款申请；如退款已经支付，撤销该退款决定并将款项恢复给本店。",
      "2. 作出决定前，将买家图片与本店商品图、发货视频逐一比对，并听取本店的说明。",
      "3. 本店可随时提供下列证据的原始文件，文件的 SHA-256 值可供核对是否被改动。",
    ],
  },
  police: {
    reporterHeading: "报案人",
    suspectHeading: "被反映人",
    identityFromPlatform: (platform: string) => `被反映人的真实姓名、手机号和收货地址由${platform}掌握，可依法向平台调取；本店只保存了其联系方式的加盐哈希值。`,
    narrative: (f: Facts) =>
      `本店按订单发出的商品完好。买家签收（${f.deliveredAt}）后提交了显示商品损坏的图片并申请仅退款 ${f.claimed}。本店认为该图片并非收到商品的真实照片，而是经过修改或由 AI 生成，目的在于不退货而取得退款。`,
    amountHeading: "涉及金额",
    groundsHeading: "本店掌握的情况",
    requestHeading: "请求事项",
    requestCriminal: "该买家累计金额已达到本省诈骗罪立案数额标准，请公安机关依法审查立案，追回被骗款项。",
    requestAdministrative: "该买家累计金额尚未达到诈骗罪数额标准，请公安机关依照治安管理处罚法的规定依法查处。",
  },
  civil: {
    partiesHeading: "当事人",
    plaintiff: (merchant: string, store: string, platform: string) => `原告：${merchant}（${platform}店铺“${store}”的经营者）；住所、法定代表人及联系方式：＿＿＿＿`,
    defendant: (buyer: string, platform: string) => `被告：${platform}买家（${buyer}）；真实姓名、身份证号和住所待向平台调取后补充：＿＿＿＿`,
    claimsHeading: "诉讼请求",
    claims: (amount: string, paid: boolean) => [
      "1. 依法撤销被告以欺诈手段取得的仅退款；",
      `2. 判令被告返还退款 ${amount}${paid ? "" : "（以平台实际支付的金额为准）"}，并支付自退款之日起的资金占用损失；`,
      "3. 本案诉讼费用由被告负担。",
    ],
    factsHeading: "事实与理由",
    narrative: (f: Facts) =>
      `被告在收到商品后提交了虚假的损坏图片，使平台和原告误以为商品受损，从而同意仅退款 ${f.claimed}。被告以欺诈手段使原告在违背真实意思的情况下作出退款，原告有权请求撤销并要求返还。`,
    closingHeading: "此致",
    closing: (merchant: string) => ["＿＿＿＿人民法院", `起诉人：${merchant}（盖章）`, "日期：＿＿＿＿年＿＿月＿＿日"],
  },
  inquiry: {
    addresseeHeading: "收函方",
    addressee: (producer: string) => `标识中写明的生成服务提供者：${producer}`,
    subjectHeading: "事由",
    subject: (f: Facts, producer: string, id: string | null) =>
      `${f.platform}买家在订单 ${f.orderNo} 的仅退款申请中向本店提交了一张图片。该图片的文件元数据中带有人工智能生成合成内容隐式标识，写明服务提供者为“${producer}”${id ? `，内容编号为“${id}”` : ""}。`,
    photoHeading: "所涉图片",
    photo: (name: string | null, sha: string | null, producer: string, id: string | null) =>
      `文件名：${name ?? "（未知）"}；SHA-256：${sha ?? "（未知）"}；ContentProducer：${producer}；ProduceID：${id ?? "（未写明）"}`,
    questionsHeading: "请协助核实",
    questions: (id: string | null) => [
      `1. ${id ? `内容编号 ${id} 对应的` : "该"}图片是否由贵方服务生成或处理，生成时间是什么；`,
      "2. 如是，生成时使用的输入图片或指令是否显示系在商品图上添加破损效果；",
      "3. 请依法保存与该内容有关的日志和记录，以备平台、公安机关或法院依法调取。",
    ],
    contactHeading: "联系方式",
    contact: (merchant: string) => `来函单位：${merchant}；联系人及电话：＿＿＿＿。本函仅用于核实事实，所附信息请勿用于其他目的。`,
  },
  liability: {
    addresseeHeading: "收函方",
    addressee: (platform: string) => `${platform}平台运营方（争议处理部门）`,
    loss: (amount: string) => `平台已同意并支付该笔仅退款，本店至今未追回的金额为 ${amount}。`,
    reviewHeading: "平台审查中的问题",
    reviewRecorded: "平台未经合理审查即同意退款：未核对买家图片与商品是否一致，也未听取本店的说明。",
    merchantRecord: (note: string) => `本店记录的处理经过：${note}`,
    reviewToFill: "平台处理该申请的经过：＿＿＿＿（请填写，例如系统自动同意、未通知本店答辩、未核对图片与商品）。",
    requestHeading: "请求事项",
    requests: (amount: string) => [
      `1. 平台对未尽合理审查义务造成的损失 ${amount} 承担赔偿责任；`,
      "2. 重新审查本案，并向本店说明审查过程与依据；",
      "3. 对提交虚假图片的买家账号依平台规则处理。",
    ],
  },
};

const en: typeof zh = {
  unknown: "(not given)",
  buyerId: "platform account",
  nickname: "nickname",
  labels: {
    merchant: "Merchant",
    store: "Store",
    product: "Product",
    orderNo: "Order no.",
    trackingNo: "Tracking no.",
    orderAmount: "Order amount",
    orderedAt: "Ordered on",
    shippedAt: "Shipped on",
    deliveredAt: "Delivered on",
    buyer: "Buyer",
    claimFiledAt: "Claim filed on",
    claimed: "Amount claimed",
    reason: "Reason chosen by the buyer",
  },
  field: (label, value) => `${label}: ${value}`,
  noticeHeading: "Important",
  factsHeading: "Order and claim",
  claimHeading: "The buyer's claim, verbatim",
  evidenceHeading: "Evidence (with SHA-256 checksums)",
  basisHeading: "Legal basis for reference",
  checkHeading: "To verify before submitting",
  claimIntro: (f) => `On ${f.claimFiledAt} the buyer asked for a refund without return of ${f.claimed}, giving the reason "${f.reason}". The buyer's own words:`,
  quote: (text) => `"${text}"`,
  noClaimText: "The buyer gave no written statement.",
  noEvidence: "No evidence files have been uploaded for this case yet.",
  evidenceLine: (n, kind, name, sha, bytes, day) => `${n}. [${kind}] ${name}, ${size(bytes)}, ${day}, SHA-256: ${sha}`,
  noConfirmedFindings: "No forensic finding on the buyer's photos has been confirmed by a reviewer yet.",
  findingLine: (name, explanation, photo, otherOrders) =>
    `Reviewer-confirmed finding [${name}]${photo ? ` (${photo})` : ""}: ${explanation}${otherOrders.length ? ` The same picture was filed before with our order(s) ${otherOrders.join(", ")}.` : ""}`,
  packingVideoYes: (tracking) => `We keep the packing video for parcel ${tracking}, which shows the goods intact when they were packed.`,
  packingVideoNo: "No packing video for this order has been provided yet.",
  basisLine: (b) =>
    `- ${b.law}, ${b.article ?? "(article number to be verified)"} (${b.version}, in force from ${b.from}${b.to ? ` to ${b.to}` : ""}${b.actOnly ? "; the version in force when the claim was filed" : ""}): ${b.summary} Source: ${b.source}`,
  cumulative: (count, counted, unconfirmed) =>
    count > 1
      ? `This buyer has filed ${count} refund claims with us, ${counted} in total${unconfirmed !== "¥0.00" ? ` (for ${unconfirmed} of it, payment by the platform is not confirmed)` : ""}.`
      : `This is the buyer's only claim with us: ${counted}${unconfirmed !== "¥0.00" ? " (payment by the platform not confirmed)" : ""}.`,
  threshold: (province, figure, defaulted, category) =>
    `${province ? `${province}: the` : "The province's"} "relatively large" threshold for fraud is taken as ${figure}${defaulted ? " (no provincial figure set; the lower end of the national range is used)" : ""}; the cumulative amount is ${category}.`,
  titles: {
    PLATFORM_APPEAL: (f) => `Appeal against the refund-only claim on order ${f.orderNo}`,
    POLICE_REPORT: (f) => `Report to the police: refund obtained with a false photo (order ${f.orderNo})`,
    CIVIL_COMPLAINT: (f) => `Civil complaint (draft): return of the refund on order ${f.orderNo}`,
    AI_PROVIDER_INQUIRY: (f) => `Request to verify the origin of an AI-generated picture (order ${f.orderNo})`,
    PLATFORM_LIABILITY: (f) => `Claim for compensation of the refund loss on order ${f.orderNo}`,
  },
  appeal: {
    partyHeading: "Appellant",
    groundsHeading: "Grounds",
    requestHeading: "Requests",
    requests: [
      "1. Reject the buyer's refund-only claim; if the refund has been paid, reverse the decision and restore the amount to us.",
      "2. Before deciding, compare the buyer's photos with our listing photos and packing video, and hear our account.",
      "3. We can supply the original files listed below at any time; their SHA-256 values show whether a file has been altered.",
    ],
  },
  police: {
    reporterHeading: "Reported by",
    suspectHeading: "Person reported",
    identityFromPlatform: (platform) => `The person's real name, phone number and delivery address are held by ${platform} and can be obtained from the platform by lawful request; we keep only salted hashes of the contact details.`,
    narrative: (f) =>
      `The goods we shipped for this order were intact. After delivery (${f.deliveredAt}) the buyer submitted pictures showing damage and asked for a refund of ${f.claimed} without returning the goods. We believe the pictures are not true photos of what was received but were edited or generated with AI in order to obtain the refund.`,
    amountHeading: "Amounts involved",
    groundsHeading: "What we know",
    requestHeading: "Request",
    requestCriminal: "The buyer's cumulative amount reaches the province's threshold for the crime of fraud: we ask the police to examine the case, open an investigation and recover the money.",
    requestAdministrative: "The buyer's cumulative amount is below the threshold for the crime of fraud: we ask the police to deal with it under the Public Security Administration Punishments Law.",
  },
  civil: {
    partiesHeading: "Parties",
    plaintiff: (merchant, store, platform) => `Plaintiff: ${merchant} (operator of the ${platform} store "${store}"); address, legal representative and contact: ________`,
    defendant: (buyer, platform) => `Defendant: ${platform} buyer (${buyer}); real name, ID number and address to be added once obtained from the platform: ________`,
    claimsHeading: "Claims",
    claims: (amount, paid) => [
      "1. Revoke the refund-only payment the defendant obtained by deception;",
      `2. Order the defendant to return ${amount}${paid ? "" : " (or the amount the platform actually paid)"}, with compensation for the use of the money from the date of the refund;`,
      "3. Order the defendant to bear the costs of the proceedings.",
    ],
    factsHeading: "Facts and reasons",
    narrative: (f) =>
      `After receiving the goods, the defendant submitted false pictures of damage, leading the platform and the plaintiff to believe the goods were damaged and to agree to a refund of ${f.claimed}. The refund was made against the plaintiff's true intention because of the deception, so the plaintiff may ask for it to be revoked and returned.`,
    closingHeading: "Submitted to",
    closing: (merchant) => ["________ People's Court", `Plaintiff: ${merchant} (seal)`, "Date: ________"],
  },
  inquiry: {
    addresseeHeading: "To",
    addressee: (producer) => `The generating service named in the label: ${producer}`,
    subjectHeading: "Subject",
    subject: (f, producer, id) =>
      `In a refund-only claim on order ${f.orderNo}, a ${f.platform} buyer sent us a picture whose file metadata carries an implicit label for AI-generated synthetic content, naming "${producer}" as the service provider${id ? ` and "${id}" as the content ID` : ""}.`,
    photoHeading: "The picture",
    photo: (name, sha, producer, id) => `File name: ${name ?? "(unknown)"}; SHA-256: ${sha ?? "(unknown)"}; ContentProducer: ${producer}; ProduceID: ${id ?? "(not given)"}`,
    questionsHeading: "Please help us verify",
    questions: (id) => [
      `1. Whether the picture${id ? ` with content ID ${id}` : ""} was generated or processed by your service, and when;`,
      "2. If so, whether the input picture or instructions show damage being added to a product photo;",
      "3. Please keep the logs and records of this content so that the platform, the police or a court can obtain them by lawful request.",
    ],
    contactHeading: "Contact",
    contact: (merchant) => `From: ${merchant}; contact person and phone: ________. This letter serves only to establish the facts; please do not use the information for any other purpose.`,
  },
  liability: {
    addresseeHeading: "To",
    addressee: (platform) => `The operator of ${platform} (dispute handling)`,
    loss: (amount) => `The platform approved and paid this refund-only claim; ${amount} has not been recovered to date.`,
    reviewHeading: "Shortcomings in the platform's review",
    reviewRecorded: "The platform approved the refund without reasonable review: it did not check the buyer's pictures against the product and did not hear us.",
    merchantRecord: (note) => `What happened, as we recorded it: ${note}`,
    reviewToFill: "How the platform handled the claim: ________ (fill in, e.g. approved automatically, we were not asked to respond, pictures not checked against the product).",
    requestHeading: "Requests",
    requests: (amount) => [
      `1. Compensate the loss of ${amount} caused by the lack of reasonable review;`,
      "2. Review the case again and explain to us how and on what basis it was decided;",
      "3. Deal with the buyer account that submitted the false pictures under the platform's rules.",
    ],
  },
};

export const TEXTS: Record<DocumentLocale, typeof zh> = { "zh-CN": zh, en };
