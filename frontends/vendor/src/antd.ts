// The antd components the page may use: the whole of antd is ~450 KB gzipped, the page budget
// is 300 KB for shell + vendor + one module. Adding a component here is a vendor redeploy; the
// curated-exports test fails when a frontend imports one that is missing.
// Table (+ Tree) is a group of its own that the platform's DataTable loads lazily. (Measured: Modal
// +9 KB, Steps +7 KB, Progress +5 KB, DatePicker +31 KB gzipped: the governance module draws
// its own step bar, progress bar and inline prompts instead, and uses the native date input.)
export {
  Alert,
  Button,
  Card,
  Cascader,
  Checkbox,
  ConfigProvider,
  Empty,
  Flex,
  Form,
  Grid,
  Input,
  Radio,
  Select,
  Space,
  Spin,
  Steps,
  Table,
  Tabs,
  Tag,
  Timeline,
  Tree,
  theme,
} from 'antd';
