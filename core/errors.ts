/** Stable error codes shared by server and web; the HTTP status table lives here so both agree. */
export const ERROR_STATUS = {
  VALIDATION_FAILED: 400,
  IMPORT_ROW_INVALID: 400,
  BAD_FILE: 400,
  INVALID_CREDENTIALS: 401,
  UNAUTHENTICATED: 401,
  SESSION_EXPIRED: 401,
  PASSWORD_CHANGE_REQUIRED: 403,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INVALID_TRANSITION: 409,
  PERIOD_LOCKED: 409,
  GATE_BLOCKED: 409,
  DUPLICATE: 409,
  ACCOUNT_LOCKED: 423,
  PAYLOAD_TOO_LARGE: 413,
  RATE_LIMITED: 429,
  INTERNAL: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

/** Default Chinese messages; services may give a more specific one. */
export const ERROR_MESSAGES: Record<ErrorCode, string> = {
  VALIDATION_FAILED: '输入数据不符合要求',
  IMPORT_ROW_INVALID: '导入文件存在错误行，未导入任何数据',
  BAD_FILE: '文件格式不正确',
  INVALID_CREDENTIALS: '用户名或密码错误',
  UNAUTHENTICATED: '请先登录',
  SESSION_EXPIRED: '登录已超时，请重新登录',
  PASSWORD_CHANGE_REQUIRED: '首次登录请先修改密码',
  FORBIDDEN: '无权执行此操作',
  NOT_FOUND: '记录不存在或无权查看',
  CONFLICT: '数据已被他人修改，请刷新后重试',
  INVALID_TRANSITION: '当前状态下不能执行此操作',
  PERIOD_LOCKED: '该期间已锁定，不能修改',
  GATE_BLOCKED: '未满足前置条件',
  DUPLICATE: '记录已存在',
  ACCOUNT_LOCKED: '账号已锁定，请稍后再试',
  PAYLOAD_TOO_LARGE: '提交内容过大',
  RATE_LIMITED: '请求过于频繁，请稍后再试',
  INTERNAL: '系统内部错误，请联系管理员',
};

/** Shape of every error reply. */
export interface ErrorReply {
  code: ErrorCode | string;
  message: string;
  details?: unknown;
}
