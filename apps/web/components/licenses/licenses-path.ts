/** 我的证照's address: its server actions come back here, its confirm links point here. */
export const LICENSES_PATH = '/personal/files/licenses';
