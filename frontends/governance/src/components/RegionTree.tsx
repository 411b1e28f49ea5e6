import { gqlRequest, useT } from '@xiangzhi/platform';
import { Alert, Spin, Tree } from 'antd';
import { useEffect, useState } from 'react';
import { REGIONS_QUERY, type RegionNode } from '../api/territory';
import { asRequestError } from '../lib/errors';

interface TreeNode {
  key: string;
  title: string;
  region: RegionNode;
  isLeaf: boolean;
  children?: TreeNode[];
}

const toNode = (region: RegionNode): TreeNode => ({
  key: region.code,
  title: region.name,
  region,
  isLeaf: region.level === 'VILLAGE',
});

function withChildren(nodes: TreeNode[], key: string, children: TreeNode[]): TreeNode[] {
  return nodes.map((node) => {
    if (node.key === key) return { ...node, children, isLeaf: children.length === 0 };
    return node.children ? { ...node, children: withChildren(node.children, key, children) } : node;
  });
}

async function loadRegions(parentCode: string | null): Promise<TreeNode[]> {
  const data = await gqlRequest(REGIONS_QUERY, { parentCode });
  return data.regions.map(toNode);
}

/** County → township → village, loaded level by level from the caller's own region. */
export function RegionTree({ selected, onSelect }: { selected: string | null; onSelect(region: RegionNode): void }) {
  const t = useT();
  const [nodes, setNodes] = useState<TreeNode[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    // The caller's own region comes with its children loaded, so the tree opens one level down.
    loadRegions(null)
      .then(async (roots) => {
        const first = roots[0];
        const children = first && !first.isLeaf ? await loadRegions(first.key) : null;
        return children && first ? withChildren(roots, first.key, children) : roots;
      })
      .then((roots) => {
        if (!live) return;
        setNodes(roots);
        if (roots[0] && !selected) onSelect(roots[0].region);
      })
      .catch((caught: unknown) => live && setError(asRequestError(caught, t('gov.common.failed')).message));
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- loaded once: the caller's region does not change
  }, []);

  if (error) return <Alert type="error" showIcon title={error} data-testid="region-tree-error" />;
  if (!nodes) return <Spin data-testid="region-tree-loading" />;
  return (
    <div data-testid="region-tree">
      <Tree<TreeNode>
        blockNode
        treeData={nodes}
        defaultExpandedKeys={nodes.map((node) => node.key)}
        selectedKeys={selected ? [selected] : []}
        loadData={async (node) => {
          if (node.children) return;
          const children = await loadRegions(node.key).catch(() => []);
          setNodes((current) => (current ? withChildren(current, node.key, children) : current));
        }}
        onSelect={(_, info) => onSelect(info.node.region)}
        titleRender={(node) => (
          <span
            data-testid="region-node"
            data-code={node.region.code}
            data-level={node.region.level}
            style={{ display: 'inline-block', padding: '4px 0' }}
          >
            {node.title}
          </span>
        )}
      />
    </div>
  );
}
