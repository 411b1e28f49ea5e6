import { gqlRequest, useT, COLORS } from '@xiangzhi/platform';
import { Alert, Button, Flex, Form, Input, Radio } from 'antd';
import { useState } from 'react';
import type { GridNode } from '../../api/territory';
import {
  ASSIGN_GRID_MEMBER_MUTATION,
  CREATE_GRID_MUTATION,
  CREATE_GROUP_MUTATION,
  END_GRID_MEMBER_MUTATION,
  UPDATE_GRID_MUTATION,
} from '../../api/register-forms';
import { asRequestError, formFieldOf } from '../../lib/errors';
import { useSaveForm } from '../../lib/useSaveForm';
import { ConflictAlert } from '../ConflictAlert';
import { Select } from '../LazySelect';
import { CadreSelect } from './CadreSelect';
import { FormFooter } from '../FormFooter';

type Level = 'TOWNSHIP' | 'VILLAGE' | 'AREA';
type Task = 'grid' | 'group' | 'rename' | 'appoint';
interface TerritoryValues {
  name?: string;
  level?: Level;
  parentId?: string;
  gridId?: string;
  cadreId?: string;
  role?: 'LEADER' | 'MEMBER';
}
const FIELDS = ['name', 'level', 'parentId', 'gridId', 'cadreId', 'role'] as const;

const flatten = (grids: GridNode[]): GridNode[] => grids.flatMap((grid) => [grid, ...flatten(grid.children ?? [])]);

export interface TerritoryEditorProps {
  region: { code: string; level: string };
  grids: GridNode[];
  canManageGrids: boolean;
  canManageGroups: boolean;
  onChanged(): void;
}

/** Creating grids and villager groups, renaming a grid, appointing and ending grid leaders and members. */
export function TerritoryEditor({ region, grids, canManageGrids, canManageGroups, onChanged }: TerritoryEditorProps) {
  const t = useT();
  const [task, setTask] = useState<Task | null>(null);
  const [form] = Form.useForm<TerritoryValues>();
  const { saving, error, conflict, save } = useSaveForm(form, {
    fieldOf: (field) => (field?.endsWith('divisionCode') ? 'name' : formFieldOf(field, FIELDS)),
    conflictFallback: t('gov.household.conflict'),
  });
  const [endError, setEndError] = useState<string | null>(null);
  const all = flatten(grids);
  const village = region.level === 'VILLAGE';
  const gridOptions = all.map((grid) => ({
    value: grid.id,
    label: `${grid.name}（${t(`gov.gridLevel.${grid.level}`)}）`,
  }));
  const watchedGrid = Form.useWatch('gridId', form);
  const selectedGrid = all.find((grid) => grid.id === watchedGrid);

  const open = (next: Task) => {
    form.resetFields();
    setTask(next);
  };
  const finished = () => {
    setTask(null);
    onChanged();
  };
  const submit = (values: TerritoryValues) =>
    save(async () => {
      const name = values.name?.trim() ?? '';
      if (task === 'grid')
        await gqlRequest(CREATE_GRID_MUTATION, {
          input: {
            name,
            level: values.level ?? (village ? 'AREA' : 'TOWNSHIP'),
            divisionCode: region.code,
            parentId: values.parentId ?? null,
          },
        });
      else if (task === 'group') await gqlRequest(CREATE_GROUP_MUTATION, { input: { villageCode: region.code, name } });
      else if (task === 'rename' && selectedGrid)
        await gqlRequest(UPDATE_GRID_MUTATION, { input: { id: selectedGrid.id, version: selectedGrid.version, name } });
      else if (task === 'appoint')
        await gqlRequest(ASSIGN_GRID_MEMBER_MUTATION, {
          input: { gridId: values.gridId ?? '', cadreId: values.cadreId ?? '', role: values.role ?? 'MEMBER' },
        });
      finished();
    });
  const endPost = async (memberId: string) => {
    setEndError(null);
    try {
      await gqlRequest(END_GRID_MEMBER_MUTATION, { input: { id: memberId } });
      onChanged();
    } catch (caught) {
      setEndError(asRequestError(caught, t('gov.common.failed')).message);
    }
  };
  const required = (message: string) => [{ required: true, whitespace: true, message }];

  return (
    <Flex vertical gap={8} data-testid="territory-editor">
      <Flex wrap gap={8}>
        {canManageGrids ? (
          <>
            <Button onClick={() => open('grid')} data-testid="grid-create">
              {t('gov.terrForm.addGrid')}
            </Button>
            {all.length ? (
              <Button onClick={() => open('rename')} data-testid="grid-rename">
                {t('gov.terrForm.rename')}
              </Button>
            ) : null}
            {all.length ? (
              <Button onClick={() => open('appoint')} data-testid="grid-appoint">
                {t('gov.terrForm.appoint')}
              </Button>
            ) : null}
          </>
        ) : null}
        {canManageGroups && village ? (
          <Button onClick={() => open('group')} data-testid="group-create">
            {t('gov.terrForm.addGroup')}
          </Button>
        ) : null}
      </Flex>
      {task ? (
        <Form<TerritoryValues>
          form={form}
          layout="vertical"
          requiredMark={false}
          disabled={saving}
          onFinish={submit}
          initialValues={{ level: village ? 'AREA' : 'TOWNSHIP', role: 'MEMBER' }}
          style={{ padding: 12, background: COLORS.fillAlt, borderRadius: 6 }}
          data-testid="territory-form"
          data-task={task}
        >
          <ConflictAlert message={conflict} testId="territory" onReload={finished} />
          {task === 'rename' || task === 'appoint' ? (
            <Form.Item name="gridId" label={t('governance.grid')} rules={required(t('gov.filter.grid'))}>
              <Select<string> options={gridOptions} data-testid="territory-grid" />
            </Form.Item>
          ) : null}
          {task === 'grid' && village ? (
            <Form.Item name="level" label={t('gov.terrForm.gridLevel')}>
              <Radio.Group
                optionType="button"
                options={(['VILLAGE', 'AREA'] as const).map((level) => ({
                  value: level,
                  label: t(`gov.gridLevel.${level}`),
                }))}
              />
            </Form.Item>
          ) : null}
          {task === 'grid' && all.length ? (
            <Form.Item name="parentId" label={t('gov.terrForm.parentGrid')}>
              <Select<string> allowClear options={gridOptions} />
            </Form.Item>
          ) : null}
          {task === 'grid' || task === 'group' || task === 'rename' ? (
            <Form.Item
              name="name"
              label={task === 'group' ? t('gov.terrForm.groupName') : t('gov.terrForm.gridName')}
              rules={required(t('gov.terrForm.nameRequired'))}
            >
              <Input maxLength={50} data-testid="territory-name" />
            </Form.Item>
          ) : null}
          {task === 'appoint' ? (
            <>
              <Form.Item name="role">
                <Radio.Group
                  optionType="button"
                  options={(['LEADER', 'MEMBER'] as const).map((role) => ({
                    value: role,
                    label: t(`gov.terrForm.role.${role}`),
                  }))}
                  data-testid="territory-role"
                />
              </Form.Item>
              <Form.Item name="cadreId" label={t('gov.pairForm.cadre')} rules={required(t('gov.pairForm.cadre'))}>
                <CadreSelect villageCode={village ? region.code : `${region.code}000`} testId="territory-cadre" />
              </Form.Item>
              {selectedGrid?.members.length ? (
                <Flex vertical gap={4} style={{ marginBottom: 12 }} data-testid="territory-posts">
                  {selectedGrid.members.map((member) => (
                    <Flex key={member.id} gap={8} align="center" data-testid="territory-post">
                      <span>
                        {t(`gov.terrForm.role.${member.role}`)}：{member.cadre.name}
                      </span>
                      <Button size="small" danger onClick={() => endPost(member.id)} data-testid="territory-end-post">
                        {t('gov.terrForm.endPost')}
                      </Button>
                    </Flex>
                  ))}
                </Flex>
              ) : null}
              {endError ? <Alert type="error" showIcon title={endError} style={{ marginBottom: 12 }} /> : null}
            </>
          ) : null}
          <FormFooter
            testId="territory"
            error={error}
            saving={saving}
            saveTestId="territory-submit"
            onCancel={() => setTask(null)}
          />
        </Form>
      ) : null}
    </Flex>
  );
}
