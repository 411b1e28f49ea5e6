// `@xiangzhi/vendor/antd-select` as sources see it (types, tests): in a build the specifier is
// external and the import map serves the vendor group (ANTD_GROUPS in vendor-entries.ts).
export { Cascader, Select } from 'antd';
