// The antd components the page may use: the whole of antd is ~450 KB gzipped, the page budget
// is 350 KB for shell + vendor + one module. Adding a component here is a vendor redeploy; the
// curated-exports test fails when a frontend imports one that is missing.
export {
  Alert,
  Button,
  Card,
  Cascader,
  ConfigProvider,
  Empty,
  Flex,
  Form,
  Grid,
  Input,
  Select,
  Space,
  Spin,
  Table,
  Tag,
  theme,
} from 'antd';
