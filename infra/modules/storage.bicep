// The app's one storage account: tables for every record, queues for every asynchronous step, blobs for
// model files and the deployment package. Reached only with Entra ID: shared keys are off.
param name string
param location string
param tags object

@description('Principal id of the app\'s identity, given the three data roles on the account.')
param dataPrincipalId string

@description('Blob container Flex Consumption deploys the app package from.')
param deploymentContainerName string

// The names in functions/Platform/Storage/StorageNames.cs, each queue with its poison queue
// (tests/Matchmaker.Tests.System/Deployment checks they agree).
var tableNames = [
  'profiles'
  'coops'
  'needs'
  'needruns'
  'skillindex'
  'credentials'
  'models'
  'decisions'
  'suggestions'
  'audit'
  'introductions'
  'outbox'
  'consents'
  'suppressions'
  'unsubscribelinks'
  'emailevents'
  'emailindex'
  'limits'
  'keyfingerprints'
]
var queueNames = [
  'profile-updates'
  'profile-updates-poison'
  'need-updates'
  'need-updates-poison'
  'model-retrain'
  'model-retrain-poison'
  'introductions'
  'introductions-poison'
  'email-events'
  'email-events-poison'
  'account-emails'
  'account-emails-poison'
  'profile-saves'
  'profile-saves-poison'
]
var containerNames = [
  'models'
  'keys'
  'email-events'
]

// Built-in data-plane roles.
var storageTableDataContributor = '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
var storageQueueDataContributor = '974c5e8b-45b9-4653-ba55-5f855dd0fb88'
var storageBlobDataOwner = 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'

resource account 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: name
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: { name: 'Standard_LRS' }
  properties: {
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
    supportsHttpsTrafficOnly: true
    minimumTlsVersion: 'TLS1_2'
    allowBlobPublicAccess: false
    accessTier: 'Hot'
    networkAcls: {
      // The Flex Consumption app reaches the account over the public endpoint, authenticated by its identity.
      defaultAction: 'Allow'
      bypass: 'AzureServices'
    }
  }
}

resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2023-05-01' = {
  parent: account
  name: 'default'
}

resource tables 'Microsoft.Storage/storageAccounts/tableServices/tables@2023-05-01' = [for table in tableNames: {
  parent: tableService
  name: table
}]

resource queueService 'Microsoft.Storage/storageAccounts/queueServices@2023-05-01' = {
  parent: account
  name: 'default'
}

resource queues 'Microsoft.Storage/storageAccounts/queueServices/queues@2023-05-01' = [for queue in queueNames: {
  parent: queueService
  name: queue
}]

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {
  parent: account
  name: 'default'
}

resource containers 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = [for container in containerNames: {
  parent: blobService
  name: container
  properties: { publicAccess: 'None' }
}]

resource deploymentContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
  parent: blobService
  name: deploymentContainerName
  properties: { publicAccess: 'None' }
}

resource tableData 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(account.id, dataPrincipalId, storageTableDataContributor)
  scope: account
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageTableDataContributor)
    principalId: dataPrincipalId
    principalType: 'ServicePrincipal'
  }
}

resource queueData 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(account.id, dataPrincipalId, storageQueueDataContributor)
  scope: account
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageQueueDataContributor)
    principalId: dataPrincipalId
    principalType: 'ServicePrincipal'
  }
}

resource blobData 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(account.id, dataPrincipalId, storageBlobDataOwner)
  scope: account
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageBlobDataOwner)
    principalId: dataPrincipalId
    principalType: 'ServicePrincipal'
  }
}

output name string = account.name
output blobEndpoint string = account.properties.primaryEndpoints.blob
output queueEndpoint string = account.properties.primaryEndpoints.queue
output tableEndpoint string = account.properties.primaryEndpoints.table
