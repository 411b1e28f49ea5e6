// The icons the page may use (the full set is several hundred KB); see src/antd.ts.
export {
  CalendarOutlined,
  EnvironmentOutlined,
  GlobalOutlined,
  HomeOutlined,
  LeftOutlined,
  LockOutlined,
  LogoutOutlined,
  ReloadOutlined,
  RightOutlined,
  SearchOutlined,
  TeamOutlined,
  TrophyOutlined,
  UserOutlined,
} from '@ant-design/icons';
